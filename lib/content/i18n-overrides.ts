/**
 * A site's own words for its interface: `content/i18n/<code>.(yaml|yml|json|toml)`, where Hugo
 * keeps `i18n/<lang>.*`. Two vocabularies:
 * - our message keys (lib/i18n/en.json), flat (`"nav.posts": Berichten`) or nested
 *   (`nav: { posts: Berichten }`), plural forms as `{ one: …, other: … }`;
 * - a Hugo site's own ids where they name something this interface says (`toc`, `related`,
 *   `reading_time`, `btn_copy` …, `HUGO_IDS`), as Hugo writes them: a string, `{ one, other }`,
 *   `{{ .Count }}` for the number, or the older list of `{ id, translation }`. Our keys win.
 * What is not a message, or names a placeholder the message does not fill, is left out with a
 * located warning: the built-in words stay, so a typo never blanks a label. Hugo ids the interface
 * does not show (a theme's own words) are named in one warning per file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import en from '../i18n/en.json';
import type { Catalogue, MessageKey } from '../i18n';
import { placeholders, type Message } from '../message-format';
import type { ContentProblem } from './errors';
import { displayPath } from './paths';
import { readRegularFile, usablePath } from './regular-files';

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const KEYS = new Set(Object.keys(en));
const EXAMPLE = 'a message key of the interface, such as search.placeholder or reading.minutes (see lib/i18n/en.json; it was left out)';
const FORMATS = ['yaml', 'yml', 'json', 'toml'];

/**
 * Hugo ids (themes' common ones, Hugo Blox's among them) and the messages of ours they name.
 * `shape` places a Hugo text that lacks our placeholder ("Last updated" → "Last updated {date}").
 */
interface HugoId {
  keys: readonly MessageKey[];
  shape?: string;
}
/** Our messages (the first the ids' main meaning), each with every Hugo id that means them, and their shape. */
type HugoAlias = readonly [keys: MessageKey | MessageKey[], ids: readonly string[], shape?: string];
const HUGO_ALIASES: readonly HugoAlias[] = [
  // A post: its contents, related posts, reading time, date, more posts, comments, translations
  [['toc.heading', 'toc.label'], ['toc', 'table_of_contents', 'tableofcontents']],
  ['toc.heading', ['on_this_page']],
  ['related.heading', ['related', 'related_posts', 'see_also']],
  ['reading.minutes', ['reading_time', 'readingtime', 'read_time', 'minute_read', 'min_read'], '{n} {text}'],
  ['post.updated', ['last_updated', 'lastmod'], '{text} {date}'],
  ['post.more', ['more_posts']], ['comments.heading', ['comments']], ['languages.postLabel', ['translations']],
  // Lists and their pages
  [['tags.title', 'tags.label'], ['tags']],
  ['categories.title', ['categories']], ['authors.title', ['authors']], ['series.title', ['series']], ['nav.posts', ['posts']],
  ['events.title', ['events']], ['events.upcoming', ['upcoming_events']], ['events.past', ['past_events']],
  ['pagination.newer', ['prev_page']], ['pagination.older', ['next_page']],
  // Search and sharing
  ['search.title', ['search']], [['search.placeholder', 'search.label'], ['search_placeholder']], ['search.none', ['search_no_results', 'no_results']],
  ['share.heading', ['share', 'share_this']],
  // Code blocks
  ['code.copy', ['btn_copy', 'code_copy', 'copy']],
  ['code.copied', ['btn_copied', 'code_copied', 'copied']],
  // The page frame, the newsletter, the page that does not exist
  ['layout.skipToContent', ['skip_to_content']], ['newsletter.subscribe', ['subscribe']],
  ['notFound.title', ['page_not_found', '404_title']], ['notFound.back', ['back_to_home']],
];
export const HUGO_IDS: ReadonlyMap<string, HugoId> = new Map(
  HUGO_ALIASES.flatMap(([keys, ids, shape]): [string, HugoId][] => ids.map((id) => [id, { keys: Array.isArray(keys) ? keys : [keys], shape }])),
);

/** Go template values Hugo fills with the count: `{{ .Count }}`, `{{ . }}`. */
const HUGO_COUNT = /\{\{-?\s*\.(?:Count)?\s*-?\}\}/g;
const HUGO_TEMPLATE = /\{\{[\s\S]*?\}\}/;

const formsOf = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m).filter((v): v is string => typeof v === 'string'));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlankValue = (v: unknown) => v === null || v === undefined || v === '';

/** The file of a language, if the site has one. */
function fileFor(dir: string, code: string, problems: ContentProblem[]): string | undefined {
  const wanted = new Set(FORMATS.map((ext) => `${code}.${ext}`.toLowerCase()));
  const name = fs.readdirSync(dir).find((n) => wanted.has(n.toLowerCase()));
  const file = name && path.join(/*turbopackIgnore: true*/ dir, name);
  return file && usablePath(file, 'file', problems) ? file : undefined;
}

/** A file read: its data, and the line each key path is written on. */
interface Parsed {
  data: unknown;
  lineOf(keys: readonly string[]): number | undefined;
}

function parseYaml(text: string): Parsed | { line?: number; message: string; expected: string } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    return { line: err.linePos?.[0]?.line, message: err.message.split('\n')[0]!, expected: 'valid YAML or JSON' };
  }
  const lines = new Map<string, number>();
  const visit = (node: unknown, at: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue;
        const keys = [...at, String(key.value)];
        if (key.range) lines.set(keys.join('\u0000'), counter.linePos(key.range[0]).line);
        visit(pair.value, keys);
      }
    } else if (isSeq(node) && at.length === 0) {
      // Hugo's older list: each entry's line is its `id`'s.
      for (const item of node.items) {
        const idNode = isMap(item) ? (item.get('id', true) as Node | undefined) : undefined;
        if (isScalar(idNode) && idNode.range) lines.set(String(idNode.value), counter.linePos(idNode.range[0]).line);
      }
    }
  };
  visit(doc.contents, []);
  return { data: doc.toJS(), lineOf: (keys) => lines.get(keys.join('\u0000')) };
}

function parseTomlFile(text: string): Parsed | { line?: number; message: string; expected: string } {
  let data: unknown;
  try {
    data = parseToml(text);
  } catch (err) {
    const e = err as { line?: number; message?: string };
    return { line: e.line, message: String(e.message ?? err).split('\n')[0]!, expected: 'valid TOML' };
  }
  const textLines = text.split(/\r?\n/);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // TOML keeps no positions: a key is found as written, `name =` or `[name]`, after its parent's line.
  const lineOf = (keys: readonly string[]) => {
    let from = 0;
    for (const key of keys) {
      const k = `(?:${escape(key)}|"${escape(key)}"|'${escape(key)}')`;
      const re = new RegExp(`^\\s*(?:\\[\\[?\\s*(?:[^\\]]*\\.)?${k}\\s*\\]|${k}\\s*=|(?:[^=]*\\.)${k}\\s*=)`);
      const i = textLines.findIndex((l, n) => n >= from && re.test(l));
      if (i < 0) return undefined;
      from = i + 1;
    }
    return from || undefined;
  };
  return { data, lineOf };
}

/** The overrides of each listed language that has a file, checked. */
export function loadOverrides(root: string, codes: readonly string[], problems: ContentProblem[]): Map<string, Catalogue> {
  const out = new Map<string, Catalogue>();
  const dir = path.join(/*turbopackIgnore: true*/ root, 'i18n');
  if (!usablePath(dir, 'folder', problems)) return out;
  for (const code of codes) {
    const file = fileFor(dir, code, problems);
    if (!file) continue;
    const shown = displayPath(file);
    const text = readRegularFile(file)?.toString('utf8') ?? '';
    const parsed = /\.toml$/i.test(file) ? parseTomlFile(text) : parseYaml(text);
    if (!('data' in parsed)) {
      problems.push({ severity: 'error', file: shown, line: parsed.line, field: 'i18n', expected: parsed.expected, found: parsed.message });
      continue;
    }
    const catalogue = readCatalogue(parsed, (line, field, expected, found) => problems.push({ severity: 'warning', file: shown, line, field, expected, found }));
    if (Object.keys(catalogue).length) out.set(code, catalogue);
  }
  return out;
}

type Warn = (line: number | undefined, field: string, expected: string, found: string) => void;

function readCatalogue({ data, lineOf }: Parsed, warn: Warn): Catalogue {
  const catalogue: Catalogue = {};
  const fromHugo: Catalogue = {};
  const unused: { name: string; line?: number }[] = [];

  /** A message for `key`, checked against the placeholders its English fills. */
  const accept = (into: Catalogue, key: MessageKey, message: Message, line: number | undefined, field: string): boolean => {
    const allowed = new Set(formsOf(en[key]).flatMap(placeholders));
    const unknown = [...new Set(formsOf(message).flatMap(placeholders))].filter((p) => !allowed.has(p));
    if (unknown.length) {
      warn(
        line,
        field,
        allowed.size ? `only the placeholders ${[...allowed].map((p) => `{${p}}`).join(', ')} (it was left out)` : 'no placeholders: this message has none (it was left out)',
        unknown.map((p) => `{${p}}`).join(', '),
      );
      return false;
    }
    into[key] = message;
    return true;
  };

  const hugo = (name: string, value: unknown, line: number | undefined) => {
    const known = HUGO_IDS.get(name.toLowerCase());
    if (!known) {
      unused.push({ name, line });
      return;
    }
    const message = toMessage(value);
    if (!message) {
      warn(line, name, 'the words as text, or plural forms such as { one: "{{ .Count }} minute", other: "{{ .Count }} minutes" } (it was left out)', describe(value));
      return;
    }
    const template = formsOf(message).find((f) => HUGO_TEMPLATE.test(f.replace(HUGO_COUNT, '')));
    if (template) {
      warn(line, name, 'text, with {{ .Count }} for the number where there is one (other template values cannot be filled here; it was left out)', JSON.stringify(template));
      return;
    }
    const converted = mapForms(message, (f) => f.replace(HUGO_COUNT, '{n}'));
    // Words that name no value of ours ("min read") are placed as the theme placed them; words that
    // do ("{{ .Count }} minutes", with "one minute" spelled out) are taken as they are.
    const placed = known.shape && !formsOf(converted).some((f) => placeholders(f).length) ? mapForms(converted, (f) => known.shape!.replace('{text}', f.trim())) : converted;
    for (const key of known.keys) {
      const words = placed;
      // Each of our keys takes the words it can show; the first (the id's main meaning) says why not.
      if (!accept(fromHugo, key, words, line, name)) break;
    }
  };

  const visit = (node: unknown, at: string[]) => {
    if (!isObject(node)) return;
    for (const [name, value] of Object.entries(node)) {
      const keys = [...at, name];
      const key = keys.join('.');
      const line = lineOf(keys);
      // A key left empty (a template's) counts as not written, as everywhere in content.
      if (isBlankValue(value)) continue;
      if (KEYS.has(key)) {
        const message = toMessage(value);
        if (!message) warn(line, key, 'the words as text, or plural forms such as { one: "{n} bericht", other: "{n} berichten" } (it was left out)', describe(value));
        else accept(catalogue, key as MessageKey, message, line, key);
      } else if (at.length === 0 && isHugoEntry(value)) hugo(name, isObject(value) && 'translation' in value ? value.translation : value, line);
      else if (isObject(value) && [...KEYS].some((k) => k.startsWith(`${key}.`))) visit(value, keys);
      else if (at.length === 0 && !name.includes('.')) hugo(name, value, line);
      else warn(line, key, EXAMPLE, JSON.stringify(key));
    }
  };

  if (Array.isArray(data)) {
    // Hugo's older form: a list of { id, translation }.
    for (const entry of data) {
      if (isObject(entry) && typeof entry.id === 'string' && !isBlankValue(entry.translation)) hugo(entry.id, entry.translation, lineOf([entry.id]));
    }
  } else visit(data, []);

  if (unused.length) {
    const names = unused.map((u) => u.name);
    warn(
      unused[0]!.line,
      'i18n',
      "our message keys, or Hugo ids this interface shows (toc, related, reading_time, btn_copy … see CONTENT.md); a theme's own words were left out",
      `${names.length} other id${names.length === 1 ? '' : 's'}: ${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}`,
    );
  }
  return { ...fromHugo, ...catalogue };
}

/** How Hugo writes one id: its words as text, plural forms, or `{ translation, description }`. */
const isHugoEntry = (v: unknown): boolean =>
  isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => PLURAL_FORMS.has(k) || k === 'translation' || k === 'description');

const mapForms = (m: Message, f: (s: string) => string): Message =>
  typeof m === 'string' ? f(m) : (Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'string' ? f(v) : v])) as Message);

function toMessage(value: unknown): Message | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (!isObject(value)) return undefined;
  const forms: Record<string, string> = {};
  for (const [form, text] of Object.entries(value)) {
    if (form === 'description') continue;
    if (!PLURAL_FORMS.has(form) || typeof text !== 'string') return undefined;
    forms[form] = text;
  }
  return typeof forms.other === 'string' && forms.other.trim() ? (forms as Message) : undefined;
}

function describe(value: unknown): string {
  if (isBlankValue(value)) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return `${typeof value} ${String(value)}`;
  return `a mapping (${JSON.stringify(value).slice(0, 60)})`;
}
