/**
 * What the community services add to the Content-Security-Policy, and only when content/site.yaml
 * turns them on (with everything off both functions add nothing, so the policy is as before).
 *
 * - The header (lib/security/headers.ts, one policy for every page) gains every configured
 *   origin: the comment service's script and frame, the analytics script and its endpoints, the
 *   newsletter's form-action.
 * - The per-page <meta> policy (scripts/postbuild.ts) narrows it again: its script-src lists the
 *   analytics script on every page but the comment script only on pages that show comments, and
 *   when comments are on it carries a frame-src that names the comment frame only on those pages.
 *   Browsers enforce both policies, so a page without comments can neither run the comment
 *   script nor frame the service.
 */
import { analyticsScript, type AnalyticsSettings } from '../community/analytics';
import { commentService, type CommentsSettings } from '../community/comments';
import { newsletterOrigin, type NewsletterSettings } from '../community/newsletter';

export interface CommunitySettings {
  url: string;
  comments?: CommentsSettings;
  newsletter?: NewsletterSettings;
  analytics?: AnalyticsSettings;
}

type Additions = Record<string, string[]>;

const unique = (xs: readonly string[]) => [...new Set(xs)];

/** Origins the site-wide header gains, per directive (no key when nothing is added). */
export function headerAdditions(s: CommunitySettings): Additions {
  const out: Additions = {};
  const add = (directive: string, origins: readonly string[]) => {
    if (origins.length) out[directive] = unique([...(out[directive] ?? []), ...origins]);
  };
  if (s.comments) {
    const service = commentService(s.comments);
    add('script-src', service.origins['script-src']);
    add('frame-src', service.origins['frame-src']);
  }
  if (s.analytics) {
    const { origins } = analyticsScript(s.analytics, s.url);
    add('script-src', origins['script-src']);
    add('connect-src', origins['connect-src']);
    add('img-src', origins['img-src']);
  }
  if (s.newsletter) add('form-action', [newsletterOrigin(s.newsletter)]);
  return out;
}

export interface PageSources {
  /** Origins the page's meta script-src adds to 'self' and its hashes. */
  script: string[];
  /** When set, the meta carries a frame-src with the video hosts and these. */
  frame?: string[];
}

/** What one page's meta policy allows beyond its own scripts. */
export function pageSources(s: CommunitySettings, showsComments: boolean): PageSources {
  const script = s.analytics ? [...analyticsScript(s.analytics, s.url).origins['script-src']] : [];
  if (!s.comments) return { script };
  const service = commentService(s.comments);
  return showsComments
    ? { script: unique([...script, ...service.origins['script-src']]), frame: [...service.origins['frame-src']] }
    : { script, frame: [] };
}

/** The attribute the comments section carries; postbuild reads it to know the page shows comments. */
export const COMMENTS_MARKER = 'data-comments-thread';

