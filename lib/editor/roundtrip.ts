/**
 * Reading an entry for the browser editor and writing it back without losing a byte: an
 * unchanged entry is written back exactly as it was read; a changed field changes only its own
 * line(s); a new field is appended in the file's own front matter format; a removed one loses its
 * line(s). Everything the editor does not touch (comments, key order, quoting, CRLF, BOM, keys the
 * blog does not know, the body) is the original text, copied.
 *
 * The front matter is found by the blog's own reader (lib/content/frontmatter.ts: where the body
 * starts and which format it is), so the editor and the site never disagree about a file. Each
 * edit is a patch of the original text at the changed field's source range; after patching, the
 * result is read again and must give exactly the data the editor asked for, or the front matter
 * is written afresh in its own format (correct data before pretty text).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { FrontMatterSyntaxError, parseSource, quotedRunningOn, type FrontMatterFormat } from '../content/frontmatter';
import { formatProblem, type ContentProblem } from '../content/errors';
import { newPostSource } from '../content/new-post-source';
import { BLOCK_NAMES } from '../mdx/block-names';

export type { FrontMatterFormat };

export interface Entry {
  /** The front matter as the blog reads it (lib/content/frontmatter.ts): dates stay the text typed. */
  data: Record<string, unknown>;
  /** The body, line ends as `\n` (what a browser's text field gives back). */
  body: string;
  format: FrontMatterFormat;
  /** The line end the file uses (what new lines are written with). */
  eol: '\n' | '\r\n';
  bom: boolean;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

export interface WriteOptions {
  /** For a new file (no original): the front matter format; YAML unless told. */
  format?: FrontMatterFormat;
  /**
   * For a new file: a post starts from `npm run new`'s text (its field comments, quoted title),
   * anything else from plain front matter. A post when the data has a title and a date, unless told.
   */
  kind?: 'post' | 'other';
}

/** A file cut into the parts that are copied (bom, head, tail, body) and the front matter text. */
interface Parts {
  bom: string;
  /** From the file's start (after the BOM) to the front matter text: blank lines and the opening line. */
  head: string;
  /** The front matter: YAML or TOML lines between the delimiters, or the JSON object. */
  inner: string;
  /** The closing delimiter line (or what follows the JSON object on its line), with its line end. */
  tail: string;
  body: string;
  format: FrontMatterFormat;
  eol: '\n' | '\r\n';
  data: Record<string, unknown>;
  bodyLine: number;
  hasFrontMatter: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Offsets at which each line starts (line 1 at index 0), counting line breaks as the reader does. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length);
  return starts;
}

const lineEnding = (text: string): '\n' | '\r\n' => {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = text.match(/\n/g)?.length ?? 0;
  return crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
};

function split(raw: string): Parts {
  const parsed = parseSource(raw);
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = raw.slice(bom.length);
  const eol = lineEnding(text);
  const base = { bom, eol, data: parsed.data, bodyLine: parsed.bodyLine, hasFrontMatter: parsed.hasFrontMatter };
  if (!parsed.hasFrontMatter || !parsed.format) return { ...base, head: '', inner: '', tail: '', body: text, format: 'yaml' };
  const starts = lineStarts(text);
  const bodyStart = parsed.bodyLine - 1 < starts.length ? starts[parsed.bodyLine - 1]! : text.length;
  if (parsed.format === 'json') {
    const open = text.indexOf('{');
    const end = scanJsonValue(text, open);
    return { ...base, format: 'json', head: text.slice(0, open), inner: text.slice(open, end), tail: text.slice(end, bodyStart), body: text.slice(bodyStart) };
  }
  // The opening delimiter is the first line with anything on it; the closing one is just above the body.
  const openLine = starts.findIndex((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim() !== '');
  const closeStart = starts[parsed.bodyLine - 2]!;
  const innerStart = starts[openLine + 1]!;
  return {
    ...base,
    format: parsed.format,
    head: text.slice(0, innerStart),
    inner: text.slice(innerStart, closeStart),
    tail: text.slice(closeStart, bodyStart),
    body: text.slice(bodyStart),
  };
}

const toLf = (s: string) => s.replace(/\r\n?/g, '\n');

/** An entry the blog's reader cannot read: the message is the check's (file, line, field, expected, found). */
export class EntryReadError extends Error {
  constructor(readonly problem: ContentProblem) {
    super(formatProblem(problem));
    this.name = 'EntryReadError';
  }
}

/** Reads an entry as the blog reads it; an EntryReadError with the check's message when it cannot. */
export function readEntry(raw: string, file = 'entry'): Entry {
  let parts: Parts;
  try {
    parts = split(raw);
  } catch (err) {
    if (!(err instanceof FrontMatterSyntaxError)) throw err;
    throw new EntryReadError({ severity: 'error', file, line: err.line, field: err.field, expected: err.expected, found: err.found });
  }
  return { data: parts.data, body: toLf(parts.body), format: parts.format, eol: parts.eol, bom: parts.bom !== '', bodyLine: parts.bodyLine };
}

// ---------------------------------------------------------------------------------------------
// Comparing values

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Equal as data: key order does not matter (the form may list fields in another order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

/** `undefined` means "no such field": removed, never written. */
function defined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(defined);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, defined(v)]));
  return value;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The offset just past the line break of the line containing `offset - 1` (a value's end). */
function pastLine(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl + 1;
}

/** Back over a trailing line break, so a replacement keeps the original's. */
function beforeBreak(text: string, end: number): number {
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return end;
}

const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

const indentLines = (text: string, indent: string, eol: string) =>
  text.split('\n').map((line, i) => (i === 0 || line === '' ? line : indent + line)).join(eol);

// ---------------------------------------------------------------------------------------------
// YAML: patched through the yaml package's node ranges

interface YamlStyle {
  indentSeq: boolean;
}

/** `key: value` as YAML, keeping the original's quoting and flow style where there is one. */
/**
 * The line width to write a value with: none (one line) except for a folded block (`>-`), which
 * is folded as wide as its longest line was, so a small edit keeps its lines.
 */
function widthFor(original: unknown, source: string, column: number): number {
  if (!isScalar(original) || original.type !== 'BLOCK_FOLDED' || !original.range) return 0;
  const lines = source.slice(original.range[0], original.range[1]).split('\n').slice(1);
  // Measured from the key's column: the pair is written at column 0, then indented.
  return Math.max(40, ...lines.map((l) => l.trimEnd().length + 1 - column));
}

function yamlPair(key: string, keyNode: Node | undefined, value: unknown, original: unknown, style: YamlStyle, width = 0): string {
  const doc = new Document({});
  const k = doc.createNode(key) as Scalar;
  if (isScalar(keyNode) && keyNode.type) k.type = keyNode.type;
  const v = doc.createNode(value) as Node;
  if (isScalar(v) && isScalar(original) && typeof value === 'string' && original.type) v.type = original.type;
  if ((isSeq(v) || isMap(v)) && (isSeq(original) || isMap(original)) && original.flow) v.flow = true;
  doc.set(k, v);
  return doc.toString({ lineWidth: width, minContentWidth: 0, indentSeq: style.indentSeq, flowCollectionPadding: true }).replace(/\n$/, '');
}

function patchYamlMap(inner: string, map: YAMLMap, before: Record<string, unknown>, after: Record<string, unknown>, eol: string, style: YamlStyle, edits: Edit[]): void {
  const pairsOf = (key: string) => map.items.filter((p): p is Pair<Node, Node> => isScalar(p.key) && String(p.key.value) === key);
  const indent = (() => {
    const first = map.items[0]?.key as Node | undefined;
    const start = first?.range?.[0] ?? 0;
    return inner.slice(lineStartOf(inner, start), start);
  })();
  for (const key of Object.keys(before)) {
    if (after[key] !== undefined) continue;
    for (const pair of pairsOf(key)) {
      const start = lineStartOf(inner, pair.key.range![0]);
      const end = pastLine(inner, (pair.value?.range ?? pair.key.range)![1]);
      edits.push({ start, end, text: '' });
    }
  }
  const added: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const pair = pairsOf(key).at(-1);
    if (!pair) {
      added.push(indent + indentLines(yamlPair(key, undefined, value, undefined, style), indent, eol) + eol);
      continue;
    }
    if (sameValue(before[key], value)) continue;
    const node = pair.value;
    if (patchYamlNode(inner, node, before[key], value, eol, style, edits)) continue;
    const start = pair.key.range![0];
    const end = beforeBreak(inner, (node?.range ?? pair.key.range)![1]);
    const columnIndent = inner.slice(lineStartOf(inner, start), start);
    const seqStyle = isSeq(node) && !node.flow ? { indentSeq: lineStartOf(inner, node.range![0]) !== node.range![0] || columnIndent.length < inner.slice(lineStartOf(inner, node.range![0]), node.range![0]).length } : style;
    edits.push({ start, end, text: indentLines(yamlPair(key, pair.key, value, node, seqStyle, widthFor(node, inner, columnIndent.length)), columnIndent, eol) });
  }
  if (added.length) {
    const last = map.items.at(-1);
    const at = last ? pastLine(inner, ((last.value as Node | null)?.range ?? (last.key as Node).range)![1]) : inner.length;
    const needsBreak = at > 0 && inner[at - 1] !== '\n';
    edits.push({ start: at, end: at, text: (needsBreak ? eol : '') + added.join('') });
  }
}

/** A YAML value rendered alone (a list item), in the original node's style. */
function yamlValue(value: unknown, original: unknown, style: YamlStyle): string {
  const doc = new Document();
  const v = doc.createNode(value) as Node;
  if (isScalar(v) && isScalar(original) && typeof value === 'string' && original.type) v.type = original.type;
  if ((isSeq(v) || isMap(v)) && (isSeq(original) || isMap(original)) && original.flow) v.flow = true;
  doc.contents = v;
  return doc.toString({ lineWidth: 0, indentSeq: style.indentSeq, flowCollectionPadding: true }).replace(/\n$/, '');
}

/**
 * Edits inside a value that keeps its shape: a block mapping field by field, a list of as many
 * items item by item (each in its own style). False when the value must be written whole.
 */
function patchYamlNode(inner: string, node: unknown, before: unknown, after: unknown, eol: string, style: YamlStyle, edits: Edit[]): boolean {
  if (isMap(node) && !node.flow && isObject(before) && isObject(after) && node.items.length) {
    patchYamlMap(inner, node, before, after, eol, style, edits);
    return true;
  }
  if (isSeq(node) && !node.flow && Array.isArray(before) && Array.isArray(after) && before.length === after.length && node.items.length === before.length) {
    node.items.forEach((item, i) => {
      if (sameValue(before[i], after[i])) return;
      if (patchYamlNode(inner, item, before[i], after[i], eol, style, edits)) return;
      const range = (item as Node).range!;
      const start = range[0];
      const indent = ' '.repeat(start - lineStartOf(inner, start));
      edits.push({ start, end: beforeBreak(inner, range[1]), text: indentLines(yamlValue(after[i], item, style), indent, eol) });
    });
    return true;
  }
  return false;
}

/**
 * The front matter's YAML document as the blog reads it: when the `yaml` package refuses a quoted
 * text continued at column 0 and Hugo takes it, those lines are indented first (frontmatter.ts
 * `quotedRunningOn`, the loader's own reading). `text` is what was parsed; `toOriginal` maps its
 * offsets back to the original's, so edits land on the original's bytes and the run-on lines of an
 * unchanged field stay as they were written.
 */
function yamlDocument(inner: string): { doc: ReturnType<typeof parseDocument>; text: string; toOriginal: (offset: number) => number } {
  const strict = parseDocument(inner, { uniqueKeys: false });
  if (!strict.errors.length) return { doc: strict, text: inner, toOriginal: (offset) => offset };
  const lenient = quotedRunningOn(inner);
  const doc = lenient && parseDocument(lenient.text, { uniqueKeys: false });
  if (!lenient || !doc || doc.errors.length) throw strict.errors[0]!;
  // Each parsed line is the original's with spaces put in front of it.
  const original = inner.split('\n');
  const parsed = lenient.text.split('\n');
  const parsedStarts: number[] = [];
  const originalStarts: number[] = [];
  for (let i = 0, p = 0, o = 0; i < parsed.length; i++) {
    parsedStarts.push(p);
    originalStarts.push(o);
    p += parsed[i]!.length + 1;
    o += original[i]!.length + 1;
  }
  const toOriginal = (offset: number) => {
    let line = parsedStarts.length - 1;
    while (line > 0 && parsedStarts[line]! > offset) line--;
    const added = parsed[line]!.length - original[line]!.length;
    return originalStarts[line]! + Math.max(0, offset - parsedStarts[line]! - added);
  };
  return { doc, text: lenient.text, toOriginal };
}

function patchYaml(original: string, before: Record<string, unknown>, after: Record<string, unknown>, eol: string): string {
  const { doc, text: inner, toOriginal } = yamlDocument(original);
  const edits: Edit[] = [];
  // New lists follow the file: `- item` under its key, or indented (yaml's default) when the file has both.
  const flush = inner.match(/^[^\s#][^\n]*:[ \t]*\r?\n-[ \t]/gm)?.length ?? 0;
  const indented = inner.match(/^[^\s#][^\n]*:[ \t]*\r?\n[ \t]+-[ \t]/gm)?.length ?? 0;
  const style: YamlStyle = { indentSeq: flush <= indented };
  if (isMap(doc.contents) && doc.contents.flow) {
    // Front matter written as one `{ … }` mapping stays one.
    const range = doc.contents.range!;
    edits.push({ start: range[0], end: beforeBreak(inner, range[1]), text: yamlValue(after, doc.contents, style) });
  } else if (isMap(doc.contents)) patchYamlMap(inner, doc.contents, before, after, eol, style, edits);
  else {
    // Empty front matter (`---` twice): everything is new.
    const lines = Object.entries(after).filter(([, v]) => v !== undefined).map(([k, v]) => indentLines(yamlPair(k, undefined, v, undefined, style), '', eol) + eol);
    edits.push({ start: inner.length, end: inner.length, text: lines.join('') });
  }
  return applyEdits(original, edits.map((e) => ({ ...e, start: toOriginal(e.start), end: toOriginal(e.end) })));
}

// ---------------------------------------------------------------------------------------------
// TOML: patched line by line (smol-toml gives values, not positions)

const TOML_BARE_KEY = /^[A-Za-z0-9_-]+$/;
const tomlKey = (k: string) => (TOML_BARE_KEY.test(k) ? k : JSON.stringify(k));
const TOML_DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|z|[+-]\d{2}:\d{2})?)?$/;

/** A TOML value on one line; a date the file wrote bare stays bare. */
function tomlValue(value: unknown, bareDate = false): string {
  if (typeof value === 'string' && bareDate && TOML_DATE_TEXT.test(value)) return value;
  if (Array.isArray(value)) return `[${value.map((v) => tomlValue(v)).join(', ')}]`;
  if (isObject(value)) return `{ ${Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${tomlKey(k)} = ${tomlValue(v)}`).join(', ')} }`;
  if (value === null) return '""';
  return stringifyToml({ v: value }).replace(/^v = /, '').trim();
}

const TOML_LINE = /^([ \t]*)((?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*'))([ \t]*=[ \t]*)(.*)$/;
const TOML_HEADER = /^[ \t]*\[\[?[ \t]*((?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*'))*)[ \t]*\]\]?/;
const unquote = (k: string) => k.replace(/^["']|["']$/g, '');

/** Text after a one-line value: a comment, kept when the value changes. */
function tomlComment(valueText: string): string {
  let quote: string | undefined;
  for (let i = 0; i < valueText.length; i++) {
    const ch = valueText[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') return valueText.slice(i).replace(/^/, ' ').replace(/^\s+#/, ' #');
  }
  return '';
}

interface TomlSection {
  /** Offsets of the section's lines (from the line after its header). */
  from: number;
  to: number;
}

/** Lines of a section as [start, end) offsets with their key (assignment lines only, multi-line values joined). */
function tomlAssignments(inner: string, section: TomlSection): { key: string; start: number; end: number; line: RegExpExecArray }[] {
  const out: { key: string; start: number; end: number; line: RegExpExecArray }[] = [];
  let at = section.from;
  while (at < section.to) {
    const eolAt = inner.indexOf('\n', at);
    const lineEnd = eolAt < 0 || eolAt + 1 > section.to ? section.to : eolAt + 1;
    const line = TOML_LINE.exec(inner.slice(at, lineEnd).replace(/\r?\n$/, ''));
    if (!line) {
      at = lineEnd;
      continue;
    }
    // A multi-line value (array, """string""") runs until the lines parse as one assignment.
    let end = lineEnd;
    while (end < section.to) {
      try {
        parseToml(inner.slice(at, end));
        break;
      } catch {
        const next = inner.indexOf('\n', end);
        end = next < 0 || next + 1 > section.to ? section.to : next + 1;
      }
    }
    out.push({ key: unquote(line[2]!), start: at, end, line });
    at = end;
  }
  return out;
}

function patchToml(inner: string, before: Record<string, unknown>, after: Record<string, unknown>, eol: string): string | undefined {
  // Arrays of tables (`[[profiles]]`) and dotted tables (`[a.b]`) are kept while unchanged; a
  // change to one is written afresh (below).
  const headers: { key: string; start: number; bodyFrom: number; simple: boolean }[] = [];
  for (const m of inner.matchAll(/^.*$/gm)) {
    const h = TOML_HEADER.exec(m[0]);
    if (!h) continue;
    const dotted = /\./.test(h[1]!.replace(/"[^"]*"|'[^']*'/g, ''));
    const key = unquote(dotted ? h[1]!.split('.')[0]!.trim() : h[1]!.trim());
    headers.push({ key, start: m.index, bodyFrom: pastLine(inner, m.index + m[0].length), simple: !dotted && !/^\s*\[\[/.test(m[0]) });
  }
  const sectionEnd = (i: number) => headers[i + 1]?.start ?? inner.length;
  const top: TomlSection = { from: 0, to: headers[0]?.start ?? inner.length };
  const edits: Edit[] = [];

  const patchSection = (section: TomlSection, was: Record<string, unknown>, now: Record<string, unknown>, tables: boolean): boolean => {
    const lines = tomlAssignments(inner, section);
    if (lines.some((l) => /^[ \t]*[^=]*\.[^=]*=/.test(l.line[0]) && !/^[ \t]*["']/.test(l.line[0]))) return false;
    const lastLine = lines.at(-1);
    const added: string[] = [];
    for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
      const value = now[key];
      const assigned = lines.filter((l) => l.key === key);
      const table = tables ? headers.findIndex((h) => h.key === key) : -1;
      if (value === undefined) {
        if (!Object.hasOwn(was, key)) continue;
        for (const l of assigned) edits.push({ start: l.start, end: l.end, text: '' });
        if (tables) headers.forEach((h, i) => h.key === key && edits.push({ start: h.start, end: sectionEnd(i), text: '' }));
        continue;
      }
      if (Object.hasOwn(was, key) && sameValue(was[key], value)) continue;
      if (table >= 0 && !isObject(value) && headers.every((h) => h.key !== key || h.simple)) {
        // A table that becomes a list or a text: its section goes, a `key = …` line comes above the tables.
        headers.forEach((h, i) => h.key === key && edits.push({ start: h.start, end: sectionEnd(i), text: '' }));
        added.push(`${lastLine?.line[1] ?? ''}${tomlKey(key)} = ${tomlValue(value)}${eol}`);
        continue;
      }
      if (table >= 0) {
        if (!isObject(value) || !isObject(was[key]) || headers.some((h) => h.key === key && !h.simple)) return false;
        if (!patchSection({ from: headers[table]!.bodyFrom, to: sectionEnd(table) }, was[key] as Record<string, unknown>, value, false)) return false;
        continue;
      }
      const l = assigned.at(-1);
      if (!l) {
        if (isObject(value) && tables) {
          const body = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${tomlKey(k)} = ${tomlValue(v)}${eol}`).join('');
          const sep = inner.length && !inner.endsWith('\n') ? eol : '';
          edits.push({ start: inner.length, end: inner.length, text: `${sep}[${tomlKey(key)}]${eol}${body}` });
        } else added.push(`${lastLine?.line[1] ?? ''}${tomlKey(key)} = ${tomlValue(value)}${eol}`);
        continue;
      }
      const oneLine = l.end - l.start <= l.line[0].length + 2;
      const wasBare = TOML_DATE_TEXT.test(l.line[4]!.replace(/\s*#.*$/, '').trim());
      const comment = oneLine ? tomlComment(l.line[4]!) : '';
      const lineBreak = inner.slice(l.start, l.end).match(/\r?\n$/)?.[0] ?? '';
      edits.push({ start: l.start, end: l.end, text: `${l.line[1]}${l.line[2]}${l.line[3]}${tomlValue(value, wasBare)}${comment}${lineBreak}` });
    }
    if (added.length) {
      const at = lastLine ? lastLine.end : section.from;
      const sep = at > 0 && inner[at - 1] !== '\n' ? eol : '';
      edits.push({ start: at, end: at, text: sep + added.join('') });
    }
    return true;
  };
  if (!patchSection(top, before, after, true)) return undefined;
  return applyEdits(inner, edits);
}

// ---------------------------------------------------------------------------------------------
// JSON: patched through a scanner that knows each member's source range

interface JsonMember {
  key: string;
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

const skipSpace = (text: string, i: number) => {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
};

/** Index just past the JSON value starting at `start` (strings and nesting minded). */
function scanJsonValue(text: string, start: number): number {
  const ch = text[start];
  if (ch === '"') {
    let i = start + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return i + 1;
  }
  if (ch === '{' || ch === '[') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === '"') i = scanJsonValue(text, i) - 1;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return text.length;
  }
  let i = start;
  while (i < text.length && !/[\s,}\]]/.test(text[i]!)) i++;
  return i;
}

function jsonMembers(text: string, open: number): JsonMember[] {
  const members: JsonMember[] = [];
  let i = skipSpace(text, open + 1);
  while (text[i] === '"') {
    const keyEnd = scanJsonValue(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const valueEnd = scanJsonValue(text, valueStart);
    members.push({ key, keyStart: i, valueStart, valueEnd });
    i = skipSpace(text, valueEnd);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return members;
}

/** JSON on one line, spaced as people write it: `["a", "b"]`, `{ "k": true }`. */
function jsonInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonInline).join(', ')}]`;
  if (isObject(value)) {
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    return members.length ? `{ ${members.map(([k, v]) => `${JSON.stringify(k)}: ${jsonInline(v)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

function jsonText(value: unknown, indent: string, unit: string, eol: string): string {
  return JSON.stringify(value, null, unit).split('\n').map((l, i) => (i ? indent + l : l)).join(eol);
}

function patchJsonObject(text: string, open: number, before: Record<string, unknown>, after: Record<string, unknown>, eol: string, edits: Edit[]): void {
  const members = jsonMembers(text, open);
  const close = scanJsonValue(text, open) - 1;
  const indentOf = (offset: number) => text.slice(lineStartOf(text, offset), offset).replace(/\S.*$/, '');
  const memberIndent = members[0] ? indentOf(members[0].keyStart) : indentOf(open) + '  ';
  const unit = members[0] && memberIndent.length > indentOf(open).length ? memberIndent.slice(indentOf(open).length) : '  ';
  const multiLine = text.slice(open, close).includes('\n');
  const removed = new Set<number>();
  members.forEach((m, i) => {
    if (after[m.key] === undefined && Object.hasOwn(before, m.key)) removed.add(i);
  });
  // A removed member goes with the comma before it (or after it, when it is the first one left).
  members.forEach((m, i) => {
    if (!removed.has(i)) return;
    const prev = members.slice(0, i).findLast((_, j) => !removed.has(j));
    if (prev) edits.push({ start: prev.valueEnd, end: m.valueEnd, text: '' });
    else {
      const next = members.slice(i + 1).find((_, j) => !removed.has(i + 1 + j));
      edits.push({ start: m.keyStart, end: next ? next.keyStart : m.valueEnd, text: '' });
    }
  });
  const added: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const m = members.findLast((x) => x.key === key);
    if (!m) {
      added.push(`${JSON.stringify(key)}: ${jsonText(value, memberIndent, unit, eol)}`);
      continue;
    }
    if (sameValue(before[key], value)) continue;
    if (isObject(value) && isObject(before[key]) && text[m.valueStart] === '{' && Object.keys(before[key] as object).length) {
      patchJsonObject(text, m.valueStart, before[key] as Record<string, unknown>, value, eol, edits);
      continue;
    }
    // A value written on one line stays on one line.
    const oneLine = !text.slice(m.valueStart, m.valueEnd).includes('\n');
    edits.push({ start: m.valueStart, end: m.valueEnd, text: oneLine ? jsonInline(value) : jsonText(value, memberIndent, unit, eol) });
  }
  if (added.length) {
    const kept = members.filter((_, i) => !removed.has(i));
    const sep = multiLine ? `,${eol}${memberIndent}` : ', ';
    const last = kept.at(-1);
    if (last) edits.push({ start: last.valueEnd, end: last.valueEnd, text: sep + added.join(sep) });
    else edits.push({ start: open + 1, end: close, text: `${eol}${memberIndent}${added.join(`,${eol}${memberIndent}`)}${eol}${indentOf(open)}` });
  }
}

function patchJson(inner: string, before: Record<string, unknown>, after: Record<string, unknown>, eol: string): string {
  const edits: Edit[] = [];
  patchJsonObject(inner, inner.indexOf('{'), before, after, eol, edits);
  return applyEdits(inner, edits);
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Front matter written afresh, in the format given (new files, and the fallback). */
function freshFrontMatter(data: Record<string, unknown>, format: FrontMatterFormat, eol: string): { head: string; inner: string; tail: string } {
  const clean = defined(data) as Record<string, unknown>;
  const crlf = (s: string) => s.replace(/\n/g, eol);
  if (format === 'json') return { head: '', inner: crlf(JSON.stringify(clean, null, 2)), tail: eol };
  if (format === 'toml') return { head: `+++${eol}`, inner: crlf(stringifyToml(clean)).replace(/^(?!$)/, '').replace(/(\r?\n)?$/, eol), tail: `+++${eol}` };
  const yaml = Object.keys(clean).length ? new Document(clean).toString({ lineWidth: 0 }) : '';
  return { head: `---${eol}`, inner: crlf(yaml), tail: `---${eol}` };
}

/**
 * The file to save: the original with only the changed fields (and body) rewritten, or, for a new
 * entry (no original), YAML front matter in the blog's usual style (`npm run new`).
 */
export function writeEntry(originalRaw: string | undefined, data: Record<string, unknown>, body: string, options: WriteOptions = {}): string {
  const wanted = defined(data) as Record<string, unknown>;
  if (originalRaw === undefined) {
    const kind = options.kind ?? (typeof wanted.title === 'string' && typeof wanted.date === 'string' ? 'post' : 'other');
    if (kind === 'post' && (options.format ?? 'yaml') === 'yaml') {
      // The template's own body is replaced; its front matter is patched to the data like any edit.
      const template = newPostSource(String(wanted.title ?? ''), String(wanted.date ?? ''));
      const { body: _, ...rest } = split(template);
      void _;
      return writeEntry(rest.bom + rest.head + rest.inner + rest.tail, wanted, body.startsWith('\n') ? body : `\n${body}`);
    }
    const fresh = freshFrontMatter(wanted, options.format ?? 'yaml', '\n');
    return `${fresh.head}${fresh.inner}${fresh.tail}${body.startsWith('\n') ? '' : '\n'}${body}`;
  }
  const parts = split(originalRaw);
  const sameBody = toLf(parts.body) === toLf(body);
  const newBody = sameBody ? parts.body : parts.eol === '\r\n' ? toLf(body).replace(/\n/g, '\r\n') : body;
  if (!parts.hasFrontMatter) {
    if (!Object.keys(wanted).length) return parts.bom + newBody;
    const fresh = freshFrontMatter(wanted, 'yaml', parts.eol);
    return `${parts.bom}${fresh.head}${fresh.inner}${fresh.tail}${newBody}`;
  }
  if (sameValue(parts.data, wanted)) return parts.bom + parts.head + parts.inner + parts.tail + newBody;
  let inner: string | undefined;
  try {
    inner =
      parts.format === 'yaml'
        ? patchYaml(parts.inner, parts.data, wanted, parts.eol)
        : parts.format === 'toml'
          ? patchToml(parts.inner, parts.data, wanted, parts.eol)
          : patchJson(parts.inner, parts.data, wanted, parts.eol);
  } catch {
    inner = undefined;
  }
  if (inner !== undefined) {
    const patched = parts.bom + parts.head + inner + parts.tail + newBody;
    if (readsAs(patched, wanted)) return patched;
  }
  // The patch did not give the data asked for (anchors, dotted TOML keys …): the front matter
  // is written afresh in its own format; the body and everything around it stay as they were.
  const fresh = freshFrontMatter(wanted, parts.format, parts.eol);
  return parts.bom + parts.head + fresh.inner + parts.tail + newBody;
}

function readsAs(raw: string, wanted: Record<string, unknown>): boolean {
  try {
    return sameValue(parseSource(raw).data, wanted);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Whole YAML (or JSON) files: content/site.yaml

/** A settings file (site.yaml, or site.json) as data; empty when the file is. */
export function readSettings(raw: string): Record<string, unknown> {
  const text = raw.replace(/^\uFEFF/, '');
  const value = /^\s*\{/.test(text) ? (JSON.parse(text) as unknown) : parseDocument(text, { uniqueKeys: false }).toJS();
  return isObject(value) ? value : {};
}

/** site.yaml written back with only the changed settings' lines rewritten (as writeEntry does for front matter). */
export function writeSettings(originalRaw: string | undefined, data: Record<string, unknown>): string {
  const wanted = defined(data) as Record<string, unknown>;
  if (originalRaw === undefined) return Object.keys(wanted).length ? new Document(wanted).toString({ lineWidth: 0 }) : '';
  const bom = originalRaw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = originalRaw.slice(bom.length);
  const before = readSettings(text);
  if (sameValue(before, wanted)) return originalRaw;
  const json = /^\s*\{/.test(text);
  const eol = lineEnding(text);
  let patched: string | undefined;
  try {
    patched = bom + (json ? patchJson(text, before, wanted, eol) : patchYaml(text, before, wanted, eol));
    if (!sameValue(readSettings(patched), wanted)) patched = undefined;
  } catch {
    patched = undefined;
  }
  if (patched !== undefined) return patched;
  const fresh = json ? JSON.stringify(wanted, null, 2) + '\n' : new Document(wanted).toString({ lineWidth: 0 });
  return bom + fresh.replace(/\n/g, eol);
}

// ---------------------------------------------------------------------------------------------
// The body: rich-text editor or plain text

export type BodyMode = 'rich' | 'text';

const BODY_CHECKS: [RegExp, string][] = [
  [/\{\{[<%]/, 'Hugo shortcodes'],
  [/<!--/, 'HTML comments'],
  [/<\/?[a-z][a-z0-9-]*(?=[\s/>])/, 'raw HTML'],
  [/^[ \t]*\|?.*\|.*\r?\n[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/m, 'tables'],
  [/\$\$|\\\(|\\\[/, 'math'],
  [/\[\^[^\]]+\]/, 'footnotes'],
  [/^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S/m, 'link reference definitions'],
  [/^(?:import|export)\s/m, 'MDX import or export lines'],
  [/^[ \t]*(?:```|~~~)[ \t]*mermaid/m, 'Mermaid diagrams'],
];

/**
 * Whether a body can be shown in a rich-text editor without being rewritten when saved, and if
 * not, why: anything a rich editor would drop or re-spell (shortcodes, raw HTML, tables, MDX
 * beyond our components' simple form) means the body is edited as text, with the live preview.
 */
export function bodyEditing(body: string, file: string): { mode: BodyMode; reasons: string[] } {
  const reasons = BODY_CHECKS.filter(([re]) => re.test(body)).map(([, why]) => why);
  const mdx = /\.mdx$/i.test(file);
  // The blocks the editor offers, in their simple form (string attributes, Markdown inside).
  const known = new Set<string>(BLOCK_NAMES);
  for (const m of body.matchAll(/<\/?([A-Z][A-Za-z0-9.]*)([^>]*)>/g)) {
    const [, name, attributes] = m;
    if (!known.has(name!)) reasons.push(`the component <${name}>`);
    else if (/[{}]/.test(attributes!) || /=\s*[^"'\s]/.test(attributes!)) reasons.push(`<${name}> with attributes that are not plain text`);
  }
  if (mdx && /(^|[^\\])\{/.test(body.replace(/```[\s\S]*?```|`[^`\n]*`/g, ''))) reasons.push('MDX expressions in braces');
  const unique = [...new Set(reasons)];
  return { mode: unique.length ? 'text' : 'rich', reasons: unique };
}

// ---------------------------------------------------------------------------------------------
// Decap CMS's custom format

/**
 * Decap CMS's `toFile` receives only the entry's fields, not the file it was read from; the
 * adapter keeps the original text in this hidden key (and the body in `body`) so a save writes
 * only what changed. Register with `CMS.registerCustomFormat('blog', 'md', cmsFormat())`.
 */
export const ORIGINAL_KEY = '__original';
export const BODY_KEY = 'body';

/** Decap CMS's format for site.yaml: the settings as fields, written back line by line. */
export function cmsSettingsFormat(): { fromFile(content: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string } {
  return {
    fromFile: (content) => ({ ...readSettings(content), [ORIGINAL_KEY]: content }),
    toFile(data) {
      const { [ORIGINAL_KEY]: original, ...settings } = data;
      return writeSettings(typeof original === 'string' ? original : undefined, settings);
    },
  };
}

export function cmsFormat(): { fromFile(content: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string } {
  return {
    fromFile(content) {
      const entry = readEntry(content);
      return { ...entry.data, [BODY_KEY]: entry.body, [ORIGINAL_KEY]: content };
    },
    toFile(data) {
      const { [BODY_KEY]: body, [ORIGINAL_KEY]: original, ...fields } = data;
      return writeEntry(typeof original === 'string' ? original : undefined, fields, typeof body === 'string' ? body : '');
    },
  };
}
