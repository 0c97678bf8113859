/**
 * Reading a `_headers` file back, as a static host does: the e2e static server serves out/ with
 * the headers postbuild wrote (lib/security/headers.ts `headersFile`), and the unit test reads
 * them back to check what a host would send.
 */
import type { Header } from '@/lib/security/headers';

/** Reads a `_headers` file back: path pattern → headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: Header[] }[] {
  const rules: { pattern: string; headers: Header[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule: ${JSON.stringify(line)}`);
    rule.headers.push({ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return rules;
}

/**
 * Whether a `_headers` path pattern (`/*`, `/posts/*`, `/feed.xml`, `/posts/:slug/:file`) matches a
 * request path: `*` is anything, `:name` one non-empty path segment.
 */
export function headersPatternMatches(pattern: string, pathname: string): boolean {
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const source = pattern
    .split('*')
    .map((part) => part.split(/(:[A-Za-z]\w*)/).map((seg) => (/^:[A-Za-z]/.test(seg) ? '[^/]+' : escape(seg))).join(''))
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}
