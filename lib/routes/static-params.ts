/**
 * A static export fails when a dynamic route has no path at all. Before the first post, tag,
 * author or event (or, for app/[lang], on a site with one language), such a route is generated
 * in an export for one placeholder path instead, which answers 404 and which postbuild removes:
 * no real slug, id or file name is "_". Elsewhere (next start, Vercel) a route with no path is
 * left empty, so every URL under it is a 404 at routing, which draws the site's own 404 page; a
 * placeholder page there would be prerendered as a bare error document.
 */
import { deployMode } from '../build/deploy';

export const PLACEHOLDER = '_';

/** The route's params, or, in a static export, the one placeholder path when there are none. */
export function neverEmpty<P extends Record<string, string>>(params: readonly P[], placeholder: P): P[] {
  return params.length || !deployMode(process.env).staticExport ? [...params] : [placeholder];
}
