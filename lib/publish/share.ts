/**
 * Share links for a post: plain links to each network's own "compose" page, with the post's title
 * and URL filled in. No buttons from the networks, no scripts, nothing loaded until a reader clicks.
 * Mastodon has no single site: its link goes to our own /share page, which asks for the reader's
 * server once (remembered in the browser) and sends them on to that server's share page.
 *
 * That page's island runs this file in the browser too, so it writes links with ../routes/links
 * and takes the page's language prefix from its caller (lib/routes/urls is server only).
 */
import { browserUrl, pageHref } from '../routes/links';

export interface SharedPage {
  /** Absolute URL of the page. */
  url: string;
  title: string;
}

export interface ShareLink {
  /** What the link says: the network's name. */
  network: string;
  href: string;
}

/** Route of the page that asks a reader for their Mastodon server. */
export const MASTODON_SHARE_ROUTE = '/share';

const withQuery = (base: string, query: Record<string, string>) => `${base}?${new URLSearchParams(query).toString()}`;

/** The share links of `page`; `prefix` is its language's (`/nl`, '' for the default), for our own /share page. */
export function shareLinks(page: SharedPage, prefix: string): ShareLink[] {
  const text = `${page.title} ${page.url}`;
  return [
    { network: 'Mastodon', href: withQuery(browserUrl(pageHref(MASTODON_SHARE_ROUTE, prefix)), { url: page.url, title: page.title }) },
    { network: 'Bluesky', href: withQuery('https://bsky.app/intent/compose', { text }) },
    { network: 'LinkedIn', href: withQuery('https://www.linkedin.com/sharing/share-offsite/', { url: page.url }) },
    { network: 'Email', href: `mailto:?${new URLSearchParams({ subject: page.title, body: page.url }).toString().replace(/\+/g, '%20')}` },
  ];
}

/**
 * The reader's Mastodon server from what they typed: `mastodon.social`, `https://mastodon.social/`,
 * or their handle `@ada@mastodon.social` all mean mastodon.social. Undefined when it is no host name.
 */
export function mastodonHost(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(host);
  if (handle) host = handle[1]!;
  host = host.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}[a-z0-9](?::\d{1,5})?$/.test(host) ? host : undefined;
}

/** The reader's server's share page with the post's title and URL as the text of a new post. */
export function mastodonShareUrl(host: string, page: SharedPage): string {
  return withQuery(`https://${host}/share`, { text: `${page.title} ${page.url}` });
}

/**
 * What the /share page may share: only pages of this site (an absolute URL on `origin`), so that
 * nobody can hand readers a link that makes the site appear to vouch for someone else's text.
 */
export function sharedPageFromQuery(search: string, origin: string): SharedPage | undefined {
  const query = new URLSearchParams(search);
  const url = query.get('url');
  if (!url) return undefined;
  try {
    if (new URL(url).origin !== origin) return undefined;
  } catch {
    return undefined;
  }
  return { url, title: (query.get('title') ?? '').slice(0, 300) };
}
