/**
 * Which files of a page bundle (or an author's folder) the site serves, and how. A community blog
 * takes posts through pull requests, and a file beside a post is the easiest thing to miss in a
 * review: only kinds that a browser shows and never runs are served.
 *
 * - images (png, jpg, gif, webp, avif, svg) and media (mp4, webm, mp3 …) are shown in place;
 * - documents (pdf, office files, archives, plain text) are downloads (`Content-Disposition: attachment`);
 * - anything a browser would run or render as a page (html, xml, js, css, wasm …) and any
 *   unknown type is left out, with a warning naming the file;
 * - the files a Hugo site keeps in its folders (README.md, _index.md, .DS_Store …) are ignored.
 *
 * SVG is XML and may carry script: `sanitiseSvg` rebuilds it without scripts, event handlers,
 * links that leave the file, or foreignObject, and every response for it has a sandbox CSP.
 */
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type BundleFileKind = 'image' | 'media' | 'download';

const IMAGES = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg'];
const MEDIA = ['.mp4', '.webm', '.mp3', '.ogg', '.oga', '.m4a', '.wav', '.vtt'];
const DOWNLOADS = [
  '.pdf', '.txt', '.csv', '.zip', '.epub',
  '.doc', '.docx', '.odt', '.rtf', '.xls', '.xlsx', '.ods', '.ppt', '.pptx', '.odp', '.key', '.pages', '.numbers',
];
const KINDS = new Map<string, BundleFileKind>([
  ...IMAGES.map((e) => [e, 'image'] as const),
  ...MEDIA.map((e) => [e, 'media'] as const),
  ...DOWNLOADS.map((e) => [e, 'download'] as const),
]);
export const DOWNLOAD_EXTENSIONS: readonly string[] = DOWNLOADS;

/** Files that live in content folders without being content: never served, never reported. */
const IGNORED = /^(?:\..*|_?index\..*|readme(?:\..*)?|thumbs\.db|desktop\.ini|.*~)$/i;

export type BundleFileVerdict = { serve: true; kind: BundleFileKind } | { serve: false; reason?: string };

/** What the site does with a file of this name found in a bundle. */
export function classifyBundleFile(name: string): BundleFileVerdict {
  if (IGNORED.test(name)) return { serve: false };
  const ext = path.extname(name).toLowerCase();
  const kind = KINDS.get(ext);
  if (kind) return { serve: true, kind };
  if (/^\.(?:md|mdx|markdown)$/.test(ext)) return { serve: false };
  const what = /^\.(?:html?|xhtml|xht|shtml|svgz|xml|xsl|xslt|mht|mhtml)$/.test(ext)
    ? 'a page a browser would open on the site'
    : /^\.(?:m?js|cjs|jsx|tsx?|wasm|css|swf|jar|php|sh|exe)$/.test(ext)
      ? 'code a browser would run'
      : 'a file of a type the site does not serve';
  return { serve: false, reason: `${what} (${ext || 'no extension'})` };
}

/** What `npm run check` says a bundle may hold, for the warning about a file left out. */
export const BUNDLE_FILES_EXPECTED = `images (${IMAGES.map((e) => e.slice(1)).join(', ')}), media (${MEDIA.map((e) => e.slice(1)).join(', ')}) or documents (${DOWNLOADS.map((e) => e.slice(1)).join(', ')}) beside a post (the file was left out of the site)`;

/** The response policy of every file from content: nothing in it runs, loads or submits. */
export const CONTENT_FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

// --- SVG ---------------------------------------------------------------------------------------

/** Elements removed with everything inside them, whatever their namespace prefix. */
const SVG_REMOVED = new Set(['script', 'foreignobject', 'iframe', 'frame', 'embed', 'object', 'applet', 'handler', 'listener', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea', 'noscript', 'template']);
/** Animations that could set a link or a handler after load. */
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

/** Deeper than any drawing needs; deeper input is refused rather than walked. */
export const MAX_SVG_DEPTH = 256;

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const XML_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Entities stay as written (no DOCTYPE expansion: no alias bomb, no external entity).
  processEntities: false,
  htmlEntities: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  allowBooleanAttributes: true,
  maxNestedTags: MAX_SVG_DEPTH,
} as const;

/** An attribute value as the browser reads it: character references decoded, controls dropped. */
function decoded(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&(?:colon|Tab|NewLine);/g, (m) => ({ '&colon;': ':', '&Tab;': '\t', '&NewLine;': '\n' })[m]!)
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();
/** Links inside the file (#id) and raster images written into it are the only ones kept. */
const safeLink = (value: string) => /^#|^data:image\/(?:png|jpe?g|gif|webp|avif);/i.test(decoded(value));

const escapeAttribute = (v: string) => v.replace(/&(?!#?[a-z0-9]+;)/gi, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (v: string) => v.replace(/&(?!#?[a-z0-9]+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SanitisedSvg {
  /** The rebuilt file; undefined when the file is not well-formed XML with an <svg> root. */
  svg?: string;
  /** What was taken out, in document order, once each: `<script>`, `onload`, `href="javascript:…"`. */
  removed: string[];
  /** Why the file could not be read, when `svg` is undefined. */
  invalid?: string;
  /** The line of the first thing taken out. */
  line?: number;
}

/** The line on which `what` (as `note` names it: `<script>`, `onload attribute`, `href="…"`) first appears. */
function lineOf(text: string, what: string): number | undefined {
  const needle = what.startsWith('<') ? what.replace(/[\s>].*$/, '') : what.endsWith(' attribute') ? `${what.slice(0, -' attribute'.length)}=` : what.slice(0, what.indexOf('=') + 1);
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

/** Rebuilds an SVG file from what it may safely hold. The result passes through this unchanged. */
export function sanitiseSvg(text: string): SanitisedSvg {
  const removed: string[] = [];
  const note = (what: string) => removed.includes(what) || removed.push(what);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) return { removed, invalid: `XML that does not parse (${valid.err.msg})`, line: valid.err.line };
  let tree: XmlNode[];
  try {
    tree = new XMLParser(XML_OPTIONS).parse(text) as XmlNode[];
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { removed, invalid: /nested tags/i.test(message) ? `elements nested more than ${MAX_SVG_DEPTH} deep` : `XML that does not parse (${message})` };
  }
  const elementName = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@');

  let tooDeep = false;
  const serialise = (nodes: XmlNode[], depth: number): string => {
    if (depth > MAX_SVG_DEPTH) {
      tooDeep = true;
      return '';
    }
    let out = '';
    for (const node of nodes) {
      const name = elementName(node);
      if (!name) continue;
      const children = node[name] as XmlNode[] | undefined;
      if (name === '#text') {
        // Outside the root element only the declaration and the <svg> are kept.
        if (depth > 0) out += escapeText(String(node[name] ?? ''));
        continue;
      }
      if (name === '#comment') continue;
      if (name === '#cdata') {
        const inner = (children ?? []).map((c) => String(c['#text'] ?? '')).join('');
        out += `<![CDATA[${inner.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
        continue;
      }
      if (name.startsWith('?') || name.startsWith('!')) {
        // <?xml-stylesheet …?> would load a style sheet; the XML declaration is kept.
        if (name !== '?xml') note(`<${name}>`);
        else out += '<?xml version="1.0" encoding="UTF-8"?>';
        continue;
      }
      const local = localName(name);
      if (!/^[A-Za-z_][\w.:-]*$/.test(name) || SVG_REMOVED.has(local)) {
        note(`<${name}>`);
        continue;
      }
      const attrs = node[':@'] ?? {};
      if (ANIMATIONS.has(local)) {
        const target = decoded(attrs.attributeName ?? attrs.attributename ?? '').toLowerCase();
        if (/(?:^|:)href$|^on/.test(target)) {
          note(`<${name} attributeName="${target}">`);
          continue;
        }
      }
      let open = `<${name}`;
      for (const [key, value] of Object.entries(attrs)) {
        const attr = localName(key);
        if (/^on/i.test(attr)) note(`${attr} attribute`);
        else if ((attr === 'href' || attr === 'src' || attr === 'action' || attr === 'formaction') && !safeLink(value)) note(`${key}="${value.slice(0, 60)}"`);
        else if (!/^[A-Za-z_][\w.:-]*$/.test(key)) note(`${key} attribute`);
        else open += ` ${key}="${escapeAttribute(String(value))}"`;
      }
      const inner = children?.length ? serialise(children, depth + 1) : '';
      out += inner ? `${open}>${inner}</${name}>` : `${open}/>`;
    }
    return out;
  };

  const root = tree.find((n) => elementName(n) && !/^[#?!]/.test(elementName(n)!));
  if (!root || localName(elementName(root)!) !== 'svg') return { removed, invalid: `XML whose root element is ${root ? `<${elementName(root)}>` : 'missing'}, not <svg>` };
  const svg = serialise(tree, 0);
  if (tooDeep) return { removed, invalid: `elements nested more than ${MAX_SVG_DEPTH} deep` };
  return removed.length ? { svg, removed, line: lineOf(text, removed[0]!) } : { svg, removed };
}
