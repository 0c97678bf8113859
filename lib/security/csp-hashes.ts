/**
 * The per-page half of the Content-Security-Policy (see lib/security/headers.ts): after the
 * build, each prerendered HTML page gets a <meta http-equiv="Content-Security-Policy"> that
 * allows exactly its own inline scripts, by SHA-256.
 */
import { createHash } from 'node:crypto';
import { attribute } from '../build/html-attributes';
import { COMMENTS_MARKER, pageSources, type CommunitySettings } from './community-origins';
import { scriptPolicyForPage } from './headers';
import { embedSources, embedsOnPage } from '../embeds';

/** Script types a browser executes; anything else (application/ld+json, …) is a data block. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript']);

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const META_RE = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i;

/** The text of every inline script the browser would run, in document order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT_RE)) {
    if (attribute(attrs, 'src') !== undefined) continue;
    const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(type)) continue;
    out.push(body);
  }
  return out;
}

/** The CSP hash-source value of a script: base64 SHA-256 of its exact text. */
export function scriptHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** Whether the page holds the comments section (components/Comments.tsx), outside any post body. */
export function showsComments(html: string): boolean {
  return new RegExp(`<section\\b[^>]*\\s${COMMENTS_MARKER}="`).test(html);
}

/**
 * The page with its policy meta as the first element of <head> after the charset (a meta policy
 * governs only what follows it). Running it twice gives the same page.
 */
export function addCspMeta(html: string, community?: CommunitySettings): { html: string; hashes: string[]; embeds: string[] } {
  const withoutOld = html.replace(META_RE, '');
  const hashes = [...new Set(inlineScripts(withoutOld).map(scriptHash))];
  const embeds = embedsOnPage(withoutOld);
  // The comment service's origins only on pages that show comments (lib/security/community-origins.ts);
  // when the meta names frames, the page's own embeds are among them (the header adds them on this page).
  const sources = community ? pageSources(community, showsComments(withoutOld)) : undefined;
  const extra = sources?.frame ? { ...sources, frame: [...sources.frame, ...embedSources(embeds)] } : sources;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${scriptPolicyForPage(hashes, extra)}"/>`;
  const charset = /<head>(\s*<meta charSet="[^"]*"\/?>)?/i.exec(withoutOld);
  if (!charset) throw new Error('no <head> in the page');
  const at = charset.index + charset[0].length;
  return { html: withoutOld.slice(0, at) + meta + withoutOld.slice(at), hashes, embeds };
}
