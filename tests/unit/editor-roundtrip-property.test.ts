/**
 * The round trip on front matter no fixture has: generated entries in YAML (with comments, both
 * list styles and every quoting style), TOML and JSON, CRLF or not, each edited by setting,
 * removing or adding one field. The saved file always reads back as exactly the data asked for,
 * the body is untouched, and every comment line of the original is still there.
 */
import fc from 'fast-check';
import { stringify as tomlStringify } from 'smol-toml';
import { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readEntry, writeEntry } from '@/lib/editor/roundtrip';

const key = fc.constantFrom('title', 'summary', 'tags', 'draft', 'weight', 'widget', 'event', 'image', 'x_note', 'params');
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('Spring meetup: notes', "It's here", 'say "hi"', '# not a comment', '- not a list', 'yes', '2024-01-01', '12', 'café ☕', '  leading', 'a: b # c'),
);
const scalar = fc.oneof(text, fc.integer({ min: -1000, max: 1000 }), fc.boolean());
const value = fc.oneof(
  { weight: 3, arbitrary: scalar },
  fc.array(text, { minLength: 1, maxLength: 4 }),
  fc.dictionary(fc.constantFrom('start', 'location', 'caption', 'sidebar'), scalar, { minKeys: 1, maxKeys: 3 }),
);
const data = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });

type Edit = { kind: 'set'; key: string; value: unknown } | { kind: 'remove' } | { kind: 'add'; value: unknown };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key, value }),
  fc.record({ kind: fc.constant('remove' as const) }),
  fc.record({ kind: fc.constant('add' as const), value }),
);

/** A file as a person might have written it. */
function source(d: Record<string, unknown>, format: 'yaml' | 'toml' | 'json', flow: boolean, crlf: boolean): string {
  let fm: string;
  if (format === 'yaml') {
    const doc = new Document(d);
    fm = `---\n# written by hand\n${doc.toString({ lineWidth: 0, collectionStyle: flow ? 'flow' : 'any', indentSeq: !flow })}# the end of it\n---\n`;
  } else if (format === 'toml') fm = `+++\n# written by hand\n${tomlStringify(d)}\n+++\n`;
  else fm = `${JSON.stringify(d, null, 2)}\n`;
  const file = `${fm}\nThe body {{< shortcode >}} <b>stays</b>.\n`;
  return crlf ? file.replace(/\n/g, '\r\n') : file;
}

describe('generated entries, edited one field at a time', () => {
  it('read back as the data asked for, with the body and the comments untouched', () => {
    fc.assert(
      fc.property(data, fc.constantFrom('yaml', 'toml', 'json') as fc.Arbitrary<'yaml' | 'toml' | 'json'>, fc.boolean(), fc.boolean(), edit, (d, format, flow, crlf, e) => {
        const raw = source(d, format, flow, crlf);
        const entry = readEntry(raw);
        expect(writeEntry(raw, entry.data, entry.body)).toBe(raw);
        const keys = Object.keys(entry.data);
        const wanted = { ...entry.data };
        if (e.kind === 'set') wanted[e.key] = e.value;
        else if (e.kind === 'remove') delete wanted[keys[0]!];
        else wanted.added_by_editor = e.value;
        const saved = writeEntry(raw, wanted, entry.body);
        const back = readEntry(saved);
        expect(back.data).toEqual(wanted);
        expect(back.body).toBe(entry.body);
        for (const line of raw.split(/\r?\n/).filter((l) => l.startsWith('# '))) expect(saved).toContain(line);
        if (crlf) expect(saved.replace(/\r\n/g, '')).not.toMatch(/\n/);
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});
