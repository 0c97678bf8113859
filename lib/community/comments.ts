/**
 * Comment services behind one interface. Each module says where its script and its frame come
 * from (the CSP gains exactly these, on pages that show comments: lib/security/community-origins.ts), which
 * attributes its script reads, how to switch its theme after it loaded, and where a reader without
 * JavaScript finds the discussion. Pure data and functions: the island (components/CommentsThread)
 * imports this module in the browser.
 */

export type Theme = 'light' | 'dark';

export interface GiscusSettings {
  provider: 'giscus';
  repo: string;
  repo_id: string;
  category: string;
  category_id: string;
  mapping: 'pathname' | 'url' | 'title' | 'og:title';
  reactions: boolean;
  lang: string;
}

export interface UtterancesSettings {
  provider: 'utterances';
  repo: string;
  issue_term: 'pathname' | 'url' | 'title' | 'og:title';
  label?: string;
}

export type CommentsSettings = GiscusSettings | UtterancesSettings;

export interface CommentService<S extends CommentsSettings = CommentsSettings> {
  /** What the service is called in the page ("on GitHub Discussions"). */
  label: string;
  /** The external script the island inserts (never an inline snippet). */
  script: string;
  /** Origins per CSP directive, exactly what the service loads. */
  origins: { 'script-src': readonly string[]; 'frame-src': readonly string[] };
  /** The origin its frame listens on for theme messages. */
  frameOrigin: string;
  /** The attributes of the script element, for the page at `pathname` in `theme`. */
  attributes(settings: S, theme: Theme): Record<string, string>;
  /** The message that switches a loaded thread to `theme`. */
  themeMessage(theme: Theme): unknown;
  /** Where a reader without JavaScript reads and joins the discussion of the page at `pathname`. */
  discussionUrl(settings: S, pathname: string): string;
}

/** How giscus and utterances name a page's thread with the `pathname` mapping: no leading slash. */
const threadTerm = (pathname: string) => (pathname.length < 2 ? 'index' : pathname.replace(/^\//, '').replace(/\/$/, ''));

/** Where a service's script and frame come from: its one origin, which serves `/client.js`. */
const servedFrom = (origin: string): Pick<CommentService, 'script' | 'origins' | 'frameOrigin'> => ({
  script: `${origin}/client.js`,
  origins: { 'script-src': [origin], 'frame-src': [origin] },
  frameOrigin: origin,
});

const giscusTheme = (theme: Theme) => (theme === 'dark' ? 'dark' : 'light');
const utterancesTheme = (theme: Theme) => (theme === 'dark' ? 'github-dark' : 'github-light');

export const giscus: CommentService<GiscusSettings> = {
  label: 'GitHub Discussions',
  ...servedFrom('https://giscus.app'),
  attributes: (s, theme) => ({
    'data-repo': s.repo,
    'data-repo-id': s.repo_id,
    'data-category': s.category,
    'data-category-id': s.category_id,
    'data-mapping': s.mapping,
    'data-strict': '1',
    'data-reactions-enabled': s.reactions ? '1' : '0',
    'data-emit-metadata': '0',
    'data-input-position': 'bottom',
    'data-theme': giscusTheme(theme),
    'data-lang': s.lang,
    'data-loading': 'eager',
    crossorigin: 'anonymous',
  }),
  themeMessage: (theme) => ({ giscus: { setConfig: { theme: giscusTheme(theme) } } }),
  discussionUrl: (s, pathname) => `https://github.com/${s.repo}/discussions?discussions_q=${encodeURIComponent(threadTerm(pathname))}`,
};

export const utterances: CommentService<UtterancesSettings> = {
  label: 'GitHub',
  ...servedFrom('https://utteranc.es'),
  attributes: (s, theme) => ({
    repo: s.repo,
    'issue-term': s.issue_term,
    ...(s.label ? { label: s.label } : {}),
    theme: utterancesTheme(theme),
    crossorigin: 'anonymous',
  }),
  themeMessage: (theme) => ({ type: 'set-theme', theme: utterancesTheme(theme) }),
  discussionUrl: (s, pathname) => `https://github.com/${s.repo}/issues?q=${encodeURIComponent(`is:issue ${threadTerm(pathname)}`)}`,
};

export const COMMENT_SERVICES = { giscus, utterances } as const;

export function commentService(settings: CommentsSettings): CommentService {
  return COMMENT_SERVICES[settings.provider] as CommentService;
}
