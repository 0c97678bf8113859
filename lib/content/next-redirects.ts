/**
 * `redirects()` of next.config.ts: the posts' old paths as permanent redirects, for `next start`
 * and Vercel (a static export writes pages and `_redirects` instead: scripts/postbuild.ts).
 * Next evaluates it once, when `next build` or `next dev` starts: the index is read from the
 * content folder right then (drafts too in `next dev`), so a new alias needs a restart of `next dev`.
 */
import { nextRedirects, type NextRedirect } from '../routes/redirects';
import { buildIndex, includeDrafts } from './index';
import { contentRoot } from './paths';

export async function contentRedirects(): Promise<NextRedirect[]> {
  try {
    // The content check reports any problem; redirects are made for the posts that loaded.
    return nextRedirects(buildIndex(contentRoot(), includeDrafts()).redirects);
  } catch (err) {
    // A content folder that cannot be read at all must not stop `next dev` from starting.
    console.warn(`Old URLs are not redirected: the content could not be read (${err instanceof Error ? err.message : String(err)})`);
    return [];
  }
}
