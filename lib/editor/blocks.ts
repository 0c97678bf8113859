/**
 * Our editor components (components/mdx/index.tsx, named in lib/mdx/component-names.ts) as blocks the browser
 * editor can insert: each reads the MDX CONTENT.md documents and writes it back the same way, so
 * a post written in the editor reads like one written by hand. Pure (no DOM, no React): the
 * browser bundle registers these with Decap's `registerEditorComponent`, and tests read them here.
 */
import { BLOCK_NAMES } from '../mdx/block-names';
import { BODY_KEY, ORIGINAL_KEY } from './roundtrip';
// `&`, `"`, `<` and `>` as character references: MDX attribute strings and HTML read them back.
import { escapeHtml as escapeAttribute } from '../text';

export interface BlockField {
  name: string;
  label: string;
  widget: 'string' | 'markdown' | 'select' | 'image';
  required?: boolean;
  options?: string[];
  hint?: string;
}

export interface EditorBlock {
  id: string;
  label: string;
  fields: BlockField[];
  /** Anchored at the start of a block; no `m` flag (Decap matches it against the rest of the body). */
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, unknown>): string;
  toPreview(data: Record<string, unknown>): string;
}

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const ATTRIBUTES = String.raw`((?:\s+[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'))*)`;

/** `title="A" level='2'` → { title: 'A', level: '2' } (string attributes only: MDX without JavaScript). */
export function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([A-Za-z_][\w-]*)=(?:"([^"]*)"|'([^']*)')/g)) {
    Object.defineProperty(out, m[1]!, { value: unescapeAttribute(m[2] ?? m[3] ?? ''), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The attributes in the order the fields list them, empty ones left out. */
function attributes(fields: readonly BlockField[], data: Record<string, unknown>): string {
  return fields
    .filter((f) => f.widget !== 'markdown')
    .map((f) => [f.name, f.widget === 'image' ? relativeImage(data[f.name]) : data[f.name]] as const)
    .filter((pair): pair is readonly [string, string | number] => (typeof pair[1] === 'string' && pair[1].trim() !== '') || typeof pair[1] === 'number')
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/**
 * An image uploaded beside the post comes back from the media library as a bare file name; the
 * posts write it `./name.png` (CONTENT.md, Images), which reads as "this folder" to people too.
 */
function relativeImage(value: unknown): unknown {
  return typeof value === 'string' && /^[^/:?#]+$/.test(value) && !value.startsWith('.') ? `./${value}` : value;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A component around Markdown: `<Name …>`, an empty line, the Markdown, an empty line, `</Name>`. */
function wrapping(id: string, label: string, fields: BlockField[]): EditorBlock {
  return {
    id,
    label,
    fields: [...fields, { name: 'body', label: 'Content', widget: 'markdown' }],
    pattern: new RegExp(String.raw`^<${id}${ATTRIBUTES}\s*>\n\n?([\s\S]*?)\n?\n<\/${id}>`),
    fromBlock: (match) => ({ ...parseAttributes(match[1] ?? ''), body: match[2] ?? '' }),
    toBlock(data) {
      return `<${id}${attributes(fields, data)}>\n\n${text(data.body).trim()}\n\n</${id}>`;
    },
    toPreview(data) {
      return `<section><h3>${escapeAttribute(text(data.title) || label)}</h3><pre>${escapeAttribute(text(data.body))}</pre></section>`;
    },
  };
}

/** A component without content: `<Name … />`. */
function selfClosing(id: string, label: string, fields: BlockField[]): EditorBlock {
  return {
    id,
    label,
    fields,
    pattern: new RegExp(String.raw`^<${id}${ATTRIBUTES}\s*\/>`),
    fromBlock: (match) => parseAttributes(match[1] ?? ''),
    toBlock: (data) => `<${id}${attributes(fields, data)} />`,
    toPreview: (data) => `<p>${label}${attributes(fields, data).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
  };
}

const SECTION_FIELDS: BlockField[] = [
  { name: 'title', label: 'Heading', widget: 'string', required: false },
  { name: 'level', label: 'Heading level', widget: 'select', options: ['2', '3', '4'], required: false, hint: 'Default 3' },
];

const VIDEO = (what: string): BlockField[] => [
  { name: 'id', label: `${what} video id`, widget: 'string' },
  { name: 'title', label: 'Title', widget: 'string', required: false },
];

const BLOCKS: Record<(typeof BLOCK_NAMES)[number], EditorBlock> = {
  Drivers: wrapping('Drivers', 'Drivers', SECTION_FIELDS),
  Blockers: wrapping('Blockers', 'Blockers', SECTION_FIELDS),
  Activities: wrapping('Activities', 'Activities', SECTION_FIELDS),
  Callout: wrapping('Callout', 'Callout', [
    { name: 'type', label: 'Kind', widget: 'select', options: ['note', 'tip', 'important', 'warning', 'caution'], required: false },
    { name: 'title', label: 'Title', widget: 'string', required: false },
  ]),
  Figure: selfClosing('Figure', 'Figure', [
    { name: 'src', label: 'Image', widget: 'image' },
    { name: 'alt', label: 'Description (alt text)', widget: 'string', required: false },
    { name: 'caption', label: 'Caption', widget: 'string', required: false },
  ]),
  YouTube: selfClosing('YouTube', 'YouTube', VIDEO('YouTube')),
  Vimeo: selfClosing('Vimeo', 'Vimeo', VIDEO('Vimeo')),
  Event: selfClosing('Event', 'Event card', []),
};

/** One block for each editor component, in the order the insert menu shows them. */
export const EDITOR_BLOCKS: readonly EditorBlock[] = BLOCK_NAMES.map((name) => BLOCKS[name]);

const TAG_LINE = new RegExp(String.raw`^\s*<\/?(?:${BLOCK_NAMES.join('|')})(?=[\s>/])`);

/**
 * Decap's rich-text editor writes its blocks one line apart; MDX needs an empty line between a
 * component's tags and the Markdown inside and around it (CONTENT.md, Components). Adds those
 * empty lines around our components' tag lines, outside fenced code; everything else as it was.
 */
export function spaceBlocks(body: string): string {
  const lines = body.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (const [i, line] of lines.entries()) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      out.push(line);
      continue;
    }
    if (marker) fence = marker;
    const tag = !marker && TAG_LINE.test(line) && />\s*$/.test(line);
    if (tag && out.length && out.at(-1)!.trim() !== '') out.push('');
    out.push(line);
    if (tag && i < lines.length - 1 && lines[i + 1]!.trim() !== '') out.push('');
  }
  return out.join('\n');
}

/**
 * The CMS format (lib/editor/roundtrip.ts `cmsFormat`) with our blocks spaced: a body the editor
 * did not change is written back as it was read, byte for byte; a changed one gets spaceBlocks.
 */
export function editorFormat(base: { fromFile(content: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string }, readBody: (raw: string) => string) {
  return {
    fromFile: base.fromFile,
    toFile(data: Record<string, unknown>): string {
      const original = data[ORIGINAL_KEY];
      const body = data[BODY_KEY];
      if (typeof body !== 'string' || (typeof original === 'string' && readBody(original) === body)) return base.toFile(data);
      return base.toFile({ ...data, [BODY_KEY]: spaceBlocks(body) });
    },
  };
}
