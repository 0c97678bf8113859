/**
 * CONTENT.md is the editor's guide, checked against the code it describes: every front matter
 * and author field of the schema has its row (and no row names a field that does not exist),
 * every component editors can use has a section with an example, every shortcode is listed.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorSchema, eventSchema, frontMatterFields, imageSchema } from '@/lib/content/schema';
import { mdxComponents } from '@/components/mdx';
import { KNOWN_SHORTCODES } from '@/lib/mdx/shortcodes';

const guide = fs.readFileSync('CONTENT.md', 'utf8');

/** The part of the guide under a `## heading`, up to the next one. */
function section(title: string): string {
  const start = guide.indexOf(`\n## ${title}\n`);
  expect(start, `CONTENT.md has a "## ${title}" section`).toBeGreaterThan(-1);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

/** Fields named in the first column of a section's tables: | `title` | … */
const documentedFields = (text: string) => [...text.matchAll(/^\| `([A-Za-z_.]+)` \|/gm)].map((m) => m[1]);

describe('CONTENT.md', () => {
  it('documents exactly the front matter fields of the schema, image and event settings included', () => {
    const schemaFields = [
      ...frontMatterFields,
      ...Object.keys(imageSchema.shape).map((k) => `image.${k}`),
      ...Object.keys(eventSchema.shape).map((k) => `event.${k}`),
    ];
    expect(documentedFields(section('Front matter')).sort()).toEqual(schemaFields.sort());
  });

  it('documents exactly the author profile fields', () => {
    expect(documentedFields(section('Authors')).sort()).toEqual(Object.keys(authorSchema.shape).sort());
  });

  it('has a section with an example for every component in the component map', () => {
    const components = Object.keys(mdxComponents(undefined)).filter((n) => /^[A-Z]/.test(n));
    const text = section('Components');
    for (const name of components) {
      const start = text.indexOf(`\n### \`<${name}>\`\n`);
      expect(start, `a "### \`<${name}>\`" heading`).toBeGreaterThan(-1);
      const example = /```mdx\n([^]*?)```/.exec(text.slice(start))?.[1] ?? '';
      expect(example, `an mdx example using <${name}>`).toContain(`<${name}`);
    }
  });

  it('lists every shortcode the site renders', () => {
    const text = section('Hugo shortcodes');
    for (const name of [...Object.keys(KNOWN_SHORTCODES), 'ref', 'relref']) expect(text).toMatch(new RegExp(`\\{\\{[<%] ${name}\\b`));
  });

  it('covers images, drafts, events and moving from Hugo', () => {
    for (const title of ['Images', 'Drafts', 'Events', 'Moving a Hugo or Hugo Blox site']) expect(section(title).length).toBeGreaterThan(200);
  });
});
