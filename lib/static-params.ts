/**
 * A static export fails when a dynamic route has no path at all. Before the first post, tag,
 * author or event, such a route is generated for one placeholder path instead, which answers 404:
 * no real slug, id or file name is "_".
 */
export const PLACEHOLDER = '_';

/** The route's params, or the one placeholder path when there are none. */
export function neverEmpty<P extends Record<string, string>>(params: readonly P[], placeholder: P): P[] {
  return params.length ? [...params] : [placeholder];
}
