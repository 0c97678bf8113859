/**
 * Splits a file into front matter and body, in the three forms Hugo reads: YAML between `---`
 * lines and TOML between `+++` lines, split by gray-matter, and a JSON object at the top, which has
 * no delimiters for gray-matter to find. Blank lines, spaces and a UTF-8 byte order mark before the
 * opening delimiter are skipped, as Hugo does. The parsers are ours (gray-matter's `engines`), so
 * that (1) dates stay the strings the editor typed, (2) every error and every field has a line
 * number in the file, and (3) nothing is ever executed: `---js` and friends are refused, never run.
 */
import matter from 'gray-matter';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

/** How many times YAML aliases (`*name`) may be expanded: front matter needs a few, a bomb needs millions. */
export const MAX_YAML_ALIASES = 100;

export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly field: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super(message);
  }
}

/** Something the front matter does that Hugo accepts but the editor should hear about. */
export interface FrontMatterWarning {
  line: number;
  field: string;
  expected: string;
  found: string;
}

export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Line in the file where a dotted field path ("image.placement", "tags.1") is written. */
  lineOf(path: string): number | undefined;
  hasFrontMatter: boolean;
  format?: FrontMatterFormat;
  warnings: FrontMatterWarning[];
}

const CODE_LANGUAGES = ['js', 'javascript', 'coffee', 'coffeescript', 'cson'];

const unclosed = (line: number, delimiter: string) =>
  new FrontMatterSyntaxError('unclosed front matter', line, 'front matter', `a ${delimiter} line closing the front matter`, `no closing ${delimiter} line`);

const refusedLanguage = (language: string, line: number, code: boolean) =>
  new FrontMatterSyntaxError(
    `front matter in ${language.toLowerCase()}`,
    line,
    'front matter',
    code ? 'YAML front matter between --- lines (code front matter is never run)' : 'YAML front matter between --- lines',
    `---${language}`,
  );

type Parsed = Pick<ParsedSource, 'data' | 'lineOf' | 'warnings'>;

/**
 * One block of `---` or `+++` front matter, split by gray-matter. It is always called with options,
 * because without them it caches each result by the file's text and hands out the same object
 * again. Every engine is ours: it parses the text between the delimiters with positions (padded
 * with the lines above, so they are the file's), and the code languages gray-matter would evaluate
 * (`---js`) throw instead. The text given starts at the opening delimiter; `openLine` is its line.
 */
function splitWithGrayMatter(text: string, openLine: number, delimiter: '---' | '+++', parse: (padded: string, openLine: number) => Parsed) {
  // Without a closing line gray-matter would read the whole post as front matter, with a puzzling error.
  if (text.indexOf(`\n${delimiter}`, delimiter.length) < 0) throw unclosed(openLine, delimiter);
  let parsed: Parsed | undefined;
  const engine = (inner: string) => {
    // gray-matter hands over the rest of the opening line and the lines up to the closing one.
    parsed = parse('\n'.repeat(openLine - 1) + inner, openLine);
    return parsed.data;
  };
  const firstLine = text.slice(delimiter.length, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const refuse = () => {
    throw refusedLanguage(firstLine.trim(), openLine, true);
  };
  const file = matter(text, {
    delimiters: delimiter,
    language: delimiter === '+++' ? 'toml' : 'yaml',
    engines: {
      yaml: engine,
      toml: engine,
      ...Object.fromEntries(CODE_LANGUAGES.map((l) => [l, refuse])),
    },
  });
  // Where the closing delimiter ends, from what gray-matter read: the opening line's language (cut
  // off only when one is written) and the text between the delimiters.
  const matterStart = delimiter.length + (firstLine.trim() ? firstLine.length : 0);
  const closeEnd = matterStart + (file as unknown as { matter: string }).matter.length + 1 + delimiter.length;
  const eol = text.indexOf('\n', closeEnd);
  const body = eol < 0 ? '' : text.slice(eol + 1);
  const bodyLine = openLine + (text.slice(0, closeEnd).match(/\n/g)?.length ?? 0) + 1;
  return { data: file.data, lineOf: parsed?.lineOf ?? (() => undefined), warnings: parsed?.warnings ?? [], body, bodyLine };
}

export function parseSource(raw: string): ParsedSource {
  // Normalise CRLF and a UTF-8 byte order mark: editors on Windows save both.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Hugo skips blank lines and spaces before the front matter, and gray-matter only looks at the
  // very start: they are cut off here and their lines added back to every position.
  const lead = /^(?:[ \t\uFEFF]*\n)*[ \t\uFEFF]*/.exec(text)![0];
  const start = lead.length;
  const openLine = lead.split('\n').length;
  const first = text.slice(start, text.indexOf('\n', start) < 0 ? undefined : text.indexOf('\n', start));

  const yamlOpen = /^---[ \t]*([A-Za-z]*)[ \t]*$/.exec(first);
  if (yamlOpen) {
    const language = yamlOpen[1]!.toLowerCase();
    // The code languages reach gray-matter, whose engines for them refuse (nothing is run).
    if (language && language !== 'yaml' && language !== 'yml' && !CODE_LANGUAGES.includes(language)) throw refusedLanguage(yamlOpen[1]!, openLine, false);
    return { ...splitWithGrayMatter(text.slice(start), openLine, '---', parseYaml), hasFrontMatter: true, format: 'yaml' };
  }
  if (/^\+\+\+[ \t]*$/.test(first)) {
    return { ...splitWithGrayMatter(text.slice(start), openLine, '+++', parseTomlBlock), hasFrontMatter: true, format: 'toml' };
  }
  // A JSON object: `{` then a key or the end of the line (not a `{{< shortcode >}}`). Hugo's JSON
  // front matter has no delimiters, which gray-matter needs, so it is split here.
  if (/^\{\s*(?:"|\}|$)/.test(first)) {
    return { ...parseJsonBlock(text, start, openLine), hasFrontMatter: true, format: 'json' };
  }
  return { data: {}, body: text, bodyLine: 1, lineOf: () => undefined, hasFrontMatter: false, warnings: [] };
}

function notAMapping(line: number, value: unknown): never {
  throw new FrontMatterSyntaxError(
    'front matter is not a mapping',
    line,
    'front matter',
    'YAML "key: value" lines',
    Array.isArray(value) ? 'a list' : JSON.stringify(value),
  );
}

/** `social[0].icon` for the path social.0.icon, as messages name fields. */
export const fieldName = (segments: readonly string[]): string =>
  segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i ? `.${s}` : s)).join('') || 'front matter';

// ---------------------------------------------------------------------------------------------
// YAML

/**
 * The line of a dotted field path (`comments.repo_id`, `nav.2.href`) in a parsed YAML document:
 * the deepest key of the path that is written (so a missing field names its parent's line).
 */
export function lineFinder(doc: Document.Parsed, counter: LineCounter): (path: string) => number | undefined {
  const lineAt = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  return (path: string): number | undefined => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path.split('.')) {
      if (isMap(node)) {
        // The last pair with the key: the one whose value counts.
        const pair = node.items.findLast((p) => isScalar(p.key) && String(p.key.value) === key);
        if (!pair) break;
        line = lineAt(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)];
        if (!item) break;
        line = lineAt(item) ?? line;
        node = item;
      } else break;
    }
    return line;
  };
}

/** A whole YAML (or JSON) file such as content/site.yaml, read for its line numbers only. */
export function yamlLineOf(text: string): (path: string) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  return lineFinder(doc, counter);
}

/** The text between `---` lines, padded with the lines above it so that YAML's line numbers are the file's. */
function parseYaml(padded: string, openLine: number): Parsed {
  const read = (text: string) => {
    const lineCounter = new LineCounter();
    // Hugo keeps the last of two equal keys; so do we, with a warning (below).
    return { counter: lineCounter, doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false }) as Document.Parsed };
  };
  let { counter, doc } = read(padded);
  const firstError = doc.errors[0];
  // Hugo's YAML reader takes a quoted text whose next lines start at column 0; `yaml` does not.
  const lenient = firstError ? quotedRunningOn(padded) : undefined;
  let runOn = new Map<number, number>();
  if (lenient) {
    const retry = read(lenient.text);
    if (!retry.doc.errors.length) ({ counter, doc, runOn } = { ...retry, runOn: lenient.lines });
  }
  // The strict parse's error: the one an editor would see in any other YAML tool.
  if (firstError && doc.errors.length) {
    throw new FrontMatterSyntaxError(
      firstError.message,
      counter.linePos(firstError.pos[0]).line,
      'front matter',
      'valid YAML',
      firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (err) {
    if (!/alias/i.test(err instanceof Error ? err.message : '')) throw err;
    let at = 0;
    visit(doc, { Alias: (_, node) => ((at = node.range?.[0] ?? 0), visit.BREAK) });
    throw new FrontMatterSyntaxError(
      'YAML aliases expand too far',
      counter.linePos(at).line,
      'front matter',
      `YAML whose aliases (*name) expand at most ${MAX_YAML_ALIASES} times`,
      'aliases that expand further (write the values out instead)',
    );
  }
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) notAMapping(openLine + 1, value);
  const lineAt = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };

  const warnings: FrontMatterWarning[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const line = lineAt(pair.key) ?? 0;
        const valueLine = isScalar(pair.value) ? lineAt(pair.value) : undefined;
        const continued = valueLine === undefined ? undefined : runOn.get(valueLine);
        if (continued !== undefined) {
          warnings.push({
            line: valueLine!,
            field: fieldName([...path, key]),
            expected: 'the next lines of a quoted text indented under its field (it was read as one line, as Hugo reads it)',
            found: `the text continued at the start of line ${continued}`,
          });
        }
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          warnings.push({
            line,
            field: fieldName([...path, key]),
            expected: `each key written once (the value on line ${line} is used, as in Hugo)`,
            found: `"${key}" also on line ${earlier}`,
          });
        }
        seen.set(key, line);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, String(i)]));
  };
  walk(doc.contents, []);

  const lineOf = lineFinder(doc, counter);
  return { data: (value ?? {}) as Record<string, unknown>, lineOf, warnings };
}

/** The closing quote's index in `s` from `from` on, or -1: `\"` escapes in double quotes, `''` in single. */
function closingQuote(s: string, from: number, quote: string): number {
  for (let i = from; i < s.length; i++) {
    if (quote === '"' && s[i] === '\\') i++;
    else if (s[i] === quote) {
      if (quote === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Front matter whose quoted values run onto lines at column 0 (`title: "… Norte de⏎México"`), which
 * Hugo reads as one text and the `yaml` package refuses, with those lines indented: a quoted text
 * folds its line breaks and leading spaces alike, so the value is what Hugo reads and every line
 * keeps its number. `lines` maps the line each such value starts on to its first unindented line.
 * Undefined when there is none (a quote never closed stays the syntax error it is).
 */
export function quotedRunningOn(text: string): { text: string; lines: Map<number, number> } | undefined {
  const lines = text.split('\n');
  const found = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const m = /^([ \t]*(?:-[ \t]+)?)[^\s#'"][^:#]*:[ \t]+(["'])/.exec(lines[i]!);
    if (!m || closingQuote(lines[i]!, m[0].length, m[2]!) >= 0) continue;
    let end = i + 1;
    while (end < lines.length && closingQuote(lines[end]!, 0, m[2]!) < 0) end++;
    if (end >= lines.length) return undefined;
    const indent = ' '.repeat(m[1]!.length + 2);
    const unindented = lines.slice(i + 1, end + 1).findIndex((l) => !l.startsWith(indent));
    if (unindented >= 0) found.set(i + 1, i + 2 + unindented);
    for (let j = i + 1; j <= end; j++) lines[j] = indent + lines[j]!;
    i = end;
  }
  return found.size ? { text: lines.join('\n'), lines: found } : undefined;
}

// ---------------------------------------------------------------------------------------------
// TOML

const TOML_KEY = String.raw`(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')`;
const TOML_KEY_PATH = String.raw`${TOML_KEY}(?:\s*\.\s*${TOML_KEY})*`;
const TOML_DATE = String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|z|[+-]\d{2}:\d{2})?)?`;
const TOML_ASSIGNMENT = new RegExp(String.raw`^(\s*)(${TOML_KEY_PATH})(\s*=\s*)(.*)$`);
const TOML_TABLE = new RegExp(String.raw`^\s*(\[\[?)\s*(${TOML_KEY_PATH})\s*\]\]?\s*(?:#.*)?$`);
const TOML_BARE_DATE = new RegExp(String.raw`^(${TOML_DATE})(\s*(?:#.*)?)$`);

const keySegments = (keyPath: string): string[] =>
  [...keyPath.matchAll(new RegExp(TOML_KEY, 'g'))].map((m) => m[0].replace(/^["']|["']$/g, ''));

/** TOML dates become strings, so they are checked like every other date (from what was typed). */
function tomlToPlain(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString().replace(/\.000(?=$|Z|[+-])/, '');
  if (Array.isArray(value)) return value.map(tomlToPlain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tomlToPlain(v)]));
  return value;
}

function parseTomlBlock(padded: string, openLine: number): Parsed {
  const lines = padded.split('\n');
  const where = new Map<string, number>();
  let table: string[] = [];
  const arrayCounts = new Map<string, number>();
  const quoted = lines.map((text, i) => {
    const line = i + 1;
    const header = TOML_TABLE.exec(text);
    if (header) {
      table = keySegments(header[2]!);
      if (header[1] === '[[') {
        const key = table.join('.');
        const n = arrayCounts.get(key) ?? 0;
        arrayCounts.set(key, n + 1);
        table = [...table, String(n)];
      }
      if (!where.has(table.join('.'))) where.set(table.join('.'), line);
      return text;
    }
    const assignment = TOML_ASSIGNMENT.exec(text);
    if (!assignment) return text;
    where.set([...table, ...keySegments(assignment[2]!)].join('.'), line);
    // A bare date is quoted, so an impossible one (2014-02-30) is reported like in YAML.
    const date = TOML_BARE_DATE.exec(assignment[4]!);
    return date ? `${assignment[1]}${assignment[2]}${assignment[3]}"${date[1]}"${date[2]}` : text;
  });
  let value: unknown;
  try {
    value = parseToml(quoted.join('\n'));
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '') : String(err);
    throw new FrontMatterSyntaxError(message, err instanceof TomlError ? err.line : openLine, 'front matter', 'valid TOML', message);
  }
  const lineOf = (path: string): number | undefined => {
    const segments = path.split('.');
    for (let n = segments.length; n > 0; n--) {
      const line = where.get(segments.slice(0, n).join('.'));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  return { data: tomlToPlain(value) as Record<string, unknown>, lineOf, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Index just past the `}` that closes the object opening at `start`, minding strings. */
function jsonEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

function parseJsonBlock(text: string, start: number, openLine: number): Omit<ParsedSource, 'hasFrontMatter' | 'format'> {
  const end = jsonEnd(text, start);
  if (end === undefined) throw unclosed(openLine, '}');
  const json = text.slice(start, end);
  const lineAtOffset = (offset: number) => openLine + (json.slice(0, offset).match(/\n/g)?.length ?? 0);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /at position (\d+)/.exec(message);
    const lineCol = /\(line (\d+) column \d+\)/.exec(message);
    const line = lineCol ? openLine + Number(lineCol[1]) - 1 : position ? lineAtOffset(Number(position[1])) : openLine;
    const found = message.replace(/\s*(?:in JSON )?at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new FrontMatterSyntaxError(message, line, 'front matter', 'valid JSON', found);
  }
  const afterClose = text.indexOf('\n', end);
  const bodyLine = lineAtOffset(json.length) + 1;
  const lineOf = (path: string): number | undefined => {
    let from = 0;
    let line: number | undefined;
    for (const key of path.split('.')) {
      if (/^\d+$/.test(key)) continue;
      const m = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`).exec(json.slice(from));
      if (!m) break;
      from += m.index + m[0].length;
      line = lineAtOffset(from);
    }
    return line;
  };
  return {
    data: value as Record<string, unknown>,
    body: afterClose < 0 ? '' : text.slice(afterClose + 1),
    bodyLine,
    lineOf,
    warnings: [],
  };
}
