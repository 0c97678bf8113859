/**
 * The fields no page shows (LENIENT_FIELDS in lib/content/schema.ts): a wrong value in any of them
 * is a warning naming its line, and the post, event page or profile is still shown. Every other
 * field of the schema, given the same wrong value, is an error: the list is the decision.
 */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { authorSchema, eventPageSchema, frontMatterSchema, LENIENT_FIELDS } from '@/lib/content/schema';
import { makeContent } from '../helpers/content';

/** No field of the schema takes a list of lists. */
const WRONG = [[1]];

const BASE = {
  post: { title: 'A post', date: '2024-03-01', image: { caption: 'A caption' } },
  eventPage: { title: 'A talk', date: '2030-06-01T13:00:00Z', location: 'Online', links: [{ name: 'Slides', url: 'https://example.org/slides' }] },
  author: { title: 'Ada Osei', social: [{ icon: 'github', link: 'https://github.com/example-ada' }] },
} as const;

const FOLDER = { post: 'posts/p/index.md', eventPage: 'events/talk/index.md', author: 'authors/ada/_index.md' } as const;

/** `base` with the value at a dotted path (`*` for the first list entry) set to `value`. */
function withValue(base: object, dotted: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = dotted.split('.').map((k) => (k === '*' ? '0' : k));
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

function check(kind: keyof typeof FOLDER, data: Record<string, unknown>) {
  const root = makeContent({ [FOLDER[kind]]: `---\n${stringify(data)}---\n\nText.\n` });
  const { problems, posts, authors } = loadContent({ root, includeDrafts: true });
  return { problems, shown: kind === 'author' ? authors.has('ada') : posts.length === 1 };
}

const only = (problems: ContentProblem[], severity: ContentProblem['severity']) => problems.filter((p) => p.severity === severity);

describe('fields no page shows', () => {
  const cases = Object.entries(LENIENT_FIELDS).flatMap(([kind, fields]) => fields.map((field) => [kind as keyof typeof FOLDER, field] as const));

  it.each(cases)('%s %s: a wrong value is a warning on its line, and the page is still shown', (kind, field) => {
    const { problems, shown } = check(kind, withValue(BASE[kind], field, WRONG));
    expect(only(problems, 'error')).toEqual([]);
    expect(only(problems, 'warning')).toEqual([
      expect.objectContaining({ field: field.replace(/\.\*\./, '[0].'), line: expect.any(Number), found: 'a list ([[1]])', expected: expect.stringMatching(/ \(the value was left out\)$/) }),
    ]);
    expect(shown).toBe(true);
  });

  const schemas = { post: frontMatterSchema, eventPage: eventPageSchema, author: authorSchema };
  const shownFields = Object.entries(schemas).flatMap(([kind, schema]) =>
    Object.keys(schema.shape)
      .filter((field) => !(LENIENT_FIELDS[kind as keyof typeof FOLDER] as readonly string[]).includes(field))
      .map((field) => [kind as keyof typeof FOLDER, field] as const),
  );

  it.each(shownFields)('%s %s: a field the pages use stays an error', (kind, field) => {
    const { problems } = check(kind, withValue(BASE[kind], field, WRONG));
    // The error names the field, or its entry (`tags[0]`) for a list.
    expect(only(problems, 'error').map((p) => p.field.replace(/[[.].*$/, ''))).toContain(field);
  });
});
