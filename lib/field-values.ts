/**
 * How front matter and content/site.yaml values are read, the way Hugo reads them: one module for
 * the post schema (lib/content/schema.ts) and the community settings (lib/community/settings.ts).
 */

/**
 * A field left empty is "not given", as in Hugo: `tags:` (null), `email: ""`, `bio:   `, and a
 * template entry whose every field is empty (`organizations: [{ name: , url: }]`).
 */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(isBlank);
  if (typeof v === 'object' && v.constructor === Object) return Object.values(v).every(isBlank);
  return false;
}

export const emptyIsAbsent = (v: unknown) => (isBlank(v) ? undefined : v);

/** The texts Hugo (spf13/cast, Go's strconv.ParseBool) reads as true and as false. */
const TRUE_TEXT = /^(?:1|t|true)$/i;
const FALSE_TEXT = /^(?:0|f|false)$/i;

/**
 * Hugo reads `draft: "false"` as false, `draft: 1` as true and `title: 2019` as "2019": so do we.
 * Other texts (`yes`, `on`) are left for the schema to refuse: Hugo's versions disagree on them
 * (its older YAML reader took a bare `yes` as true, its cast reads the text "yes" as false), and
 * a guess either way could publish a draft.
 */
export const looseBoolean = (v: unknown) => {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string' && (TRUE_TEXT.test(v.trim()) || FALSE_TEXT.test(v.trim()))) return TRUE_TEXT.test(v.trim());
  return v;
};
export const numberAsText = (v: unknown) => (typeof v === 'number' ? String(v) : v);

/** An https:// address with a host, no spaces and no user:password. */
export function isHttpsUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password && !/\s/.test(s);
  } catch {
    return false;
  }
}

/** Characters a browser drops or reads as a separator in a URL: controls, spaces, backslashes. */
const URL_TRAPS = /[\u0000-\u0020\u007f\\]/;

/**
 * A path on this site (`/tags`, `/posts/x?a=1#b`) that every browser and server resolves to this
 * site: not `//host` nor what becomes it once dot segments or escapes are resolved
 * (`/x/..//evil.example`, `/.//evil.example`, `/%2F%2Fevil.example`, `/%5Cevil.example`), and
 * no backslash, space or control character (`/\evil.example` is `//evil.example` to a browser).
 */
export function isSitePath(s: string): boolean {
  if (!s.startsWith('/') || URL_TRAPS.test(s)) return false;
  let path = s.replace(/[?#][^]*$/, '');
  // Decoded as often as a chain of proxies and servers might (%252F is %2F after one pass).
  for (let pass = 0; pass < 3; pass++) {
    if (URL_TRAPS.test(path) || path.startsWith('//') || /\/\//.test(path)) return false;
    if (path.split('/').some((segment) => segment === '.' || segment === '..')) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return false;
    }
    if (decoded === path) return true;
    path = decoded;
  }
  return false;
}
