/**
 * A site's own words for its interface: `content/i18n/<code>.yaml` (as Hugo keeps `i18n/<lang>.yaml`)
 * rewords any message of lib/i18n for one language, by its key. Flat (`"nav.posts": Berichten`)
 * or nested (`nav: { posts: Berichten }`), plural forms as `{ one: …, other: … }`. What is not a
 * message, or names a placeholder the message does not fill, is left out with a located warning:
 * the built-in words stay, so a typo never blanks a label.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { en } from '../i18n/en';
import type { Catalogue, MessageKey } from '../i18n';
import { placeholders, type Message } from '../message-format';
import type { ContentProblem } from './errors';
import { displayPath } from './paths';
import { readRegularFile, usablePath } from './regular-files';

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const KEYS = new Set(Object.keys(en));
const EXAMPLE = 'a message key of the interface, such as search.placeholder or reading.minutes (see lib/i18n/en.ts; it was left out)';

const formsOf = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m).filter((v): v is string => typeof v === 'string'));

/** The file of a language, if the site has one. */
function fileFor(dir: string, code: string, problems: ContentProblem[]): string | undefined {
  const wanted = new Set(['yaml', 'yml', 'json'].map((ext) => `${code}.${ext}`.toLowerCase()));
  const name = fs.readdirSync(dir).find((n) => wanted.has(n.toLowerCase()));
  const file = name && path.join(/*turbopackIgnore: true*/ dir, name);
  return file && usablePath(file, 'file', problems) ? file : undefined;
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
    const counter = new LineCounter();
    const doc = parseDocument(readRegularFile(file)?.toString('utf8') ?? '', { lineCounter: counter, prettyErrors: false });
    const lineAt = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : undefined);
    const warn = (line: number | undefined, field: string, expected: string, found: string) =>
      problems.push({ severity: 'warning', file: shown, line, field, expected, found });
    if (doc.errors.length) {
      const err = doc.errors[0]!;
      problems.push({ severity: 'error', file: shown, line: err.linePos?.[0]?.line, field: 'i18n', expected: 'valid YAML or JSON', found: err.message.split('\n')[0]! });
      continue;
    }
    const catalogue: Catalogue = {};
    const visit = (node: unknown, prefix: string) => {
      if (!isMap(node)) return;
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const name = isScalar(keyNode) ? String(keyNode.value) : '';
        const key = prefix ? `${prefix}.${name}` : name;
        const value = pair.value as Node | null;
        const line = lineAt(keyNode);
        // A key left empty (a template's) counts as not written, as everywhere in content.
        if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) continue;
        if (KEYS.has(key)) {
          const message = toMessage(value);
          if (!message) {
            warn(line, key, 'the words as text, or plural forms such as { one: "{n} bericht", other: "{n} berichten" } (it was left out)', describe(value));
            continue;
          }
          const allowed = new Set(formsOf(en[key as MessageKey]).flatMap(placeholders));
          const unknown = [...new Set(formsOf(message).flatMap(placeholders))].filter((p) => !allowed.has(p));
          if (unknown.length) {
            warn(
              line,
              key,
              allowed.size ? `only the placeholders ${[...allowed].map((p) => `{${p}}`).join(', ')} (it was left out)` : 'no placeholders: this message has none (it was left out)',
              unknown.map((p) => `{${p}}`).join(', '),
            );
            continue;
          }
          catalogue[key as MessageKey] = message;
        } else if (isMap(value) && [...KEYS].some((k) => k.startsWith(`${key}.`))) visit(value, key);
        else warn(line, key, EXAMPLE, JSON.stringify(key));
      }
    };
    visit(doc.contents, '');
    if (Object.keys(catalogue).length) out.set(code, catalogue);
  }
  return out;
}

function toMessage(node: Node | null): Message | undefined {
  if (isScalar(node)) return typeof node.value === 'string' && node.value.trim() ? node.value : undefined;
  if (!isMap(node)) return undefined;
  const forms: Record<string, string> = {};
  for (const pair of node.items) {
    const form = isScalar(pair.key) ? String(pair.key.value) : '';
    const text = isScalar(pair.value) ? pair.value.value : undefined;
    if (!PLURAL_FORMS.has(form) || typeof text !== 'string') return undefined;
    forms[form] = text;
  }
  return typeof forms.other === 'string' && forms.other.trim() ? (forms as Message) : undefined;
}

function describe(node: Node | null): string {
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) return 'nothing';
  if (isScalar(node)) return typeof node.value === 'string' ? JSON.stringify(node.value) : `${typeof node.value} ${String(node.value)}`;
  return `a mapping (${JSON.stringify(node.toJSON()).slice(0, 60)})`;
}
