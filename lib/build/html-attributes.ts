/**
 * One attribute of an HTML start tag, from the text between its name and `>` (`attrs` of
 * `<script attrs>`): the value of `name="…"`, `name='…'` or `name=…`, '' for a bare `name`,
 * undefined when the tag has none. The name must stand on its own: `src` is not found in
 * `data-src`. For the build's readers of Next's own HTML (lib/security/csp-hashes, lib/build/paint-first).
 */
export function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+)))?(?=[\\s/>]|$)`, 'i').exec(attrs);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}
