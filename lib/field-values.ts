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

/** Hugo reads `draft: "false"` as false and `title: 2019` as "2019": so do we. */
export const looseBoolean = (v: unknown) => (isBlank(v) ? undefined : typeof v === 'string' && /^(true|false)$/i.test(v.trim()) ? v.trim().toLowerCase() === 'true' : v);
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
