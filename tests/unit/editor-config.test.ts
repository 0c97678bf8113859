/**
 * The editor's form is generated from the zod schemas: every schema field has a form field (or a
 * stated reason not to), every form field is a schema field, and each field's widget is what an
 * editor needs (a date picker for dates, a timezone select, authors from the profiles, tags with
 * the existing ones offered).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authorSchema, eventPageSchema, frontMatterSchema, siteSchema } from '@/lib/content/schema';
import { cmsConfig, EXCLUDED, fieldsOf, FORMAT, TEXT_AREAS, WITH_TIME, type CmsConfig, type CmsField } from '@/lib/editor/config';
import { ORIGINAL_KEY } from '@/lib/editor/roundtrip';
import { buildIndex } from '@/lib/content';
import { makeContent } from '../helpers/content';

const site = buildIndex('tests/fixtures/editor', true).site;
const config = cmsConfig({ site, tags: [{ name: 'repair', count: 3 }, { name: 'meetups', count: 1 }], categories: [{ name: 'Events', count: 1 }] });

const collection = (c: CmsConfig, name: string) => c.collections.find((x) => x.name === name)!;
const fieldsIn = (c: CmsConfig, name: string): CmsField[] => collection(c, name).fields ?? collection(c, name).files![0]!.fields;
const field = (fields: CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head)!;
  return rest.length ? field(f.fields as CmsField[], rest.join('.')) : f;
};
const FORM_ONLY = ['body', ORIGINAL_KEY];

describe('the form follows the schema', () => {
  const cases = [
    ['posts', frontMatterSchema],
    ['events', eventPageSchema],
    ['authors', authorSchema],
    ['site', siteSchema],
  ] as const;

  it.each(cases)('%s: every schema field is in the form or excluded with a reason, and nothing else is', (name, schema) => {
    const keys = Object.keys(schema.shape);
    const excluded = EXCLUDED[name];
    const formKeys = fieldsIn(config, name).map((f) => f.name).filter((k) => !FORM_ONLY.includes(k));
    expect(formKeys.sort()).toEqual(keys.filter((k) => !Object.hasOwn(excluded, k)).sort());
    // A stale exclusion (the field left the schema) fails too.
    for (const key of Object.keys(excluded)) expect(keys).toContain(key);
    for (const reason of Object.values(excluded)) expect(reason.length).toBeGreaterThan(20);
  });

  it('the nested mappings follow their schemas too (the event, the image)', () => {
    const posts = fieldsIn(config, 'posts');
    expect((field(posts, 'event').fields as CmsField[]).map((f) => f.name)).toEqual(['title', 'start', 'end', 'timezone', 'location', 'signup_url', 'signup_deadline', 'summary']);
    expect((field(posts, 'image').fields as CmsField[]).map((f) => f.name)).toEqual(['caption', 'focal_point', 'placement', 'preview_only', 'alt_text']);
  });

  it('a field added to the schema appears in the form, with no list to update', () => {
    const ctx = { timeZones: ['UTC'], suggestions: {} };
    const grown = frontMatterSchema.extend({ venue_capacity: z.number().int().optional(), reviewed_on: frontMatterSchema.shape.date });
    const fields = fieldsOf(grown, ctx);
    expect(field(fields, 'venue_capacity')).toMatchObject({ widget: 'number', required: false });
    expect(field(fields, 'reviewed_on')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(() => fieldsOf(z.object({ when: z.date() }), ctx)).toThrow('lib/editor/config.ts: the schema field "when" has no editor widget; give it one or list it in EXCLUDED with the reason');
  });

  it('the presentation lists name schema fields only', () => {
    const everyKey = new Set([frontMatterSchema, eventPageSchema, authorSchema, siteSchema].flatMap((s) => Object.keys(s.shape)));
    for (const name of TEXT_AREAS) expect(everyKey).toContain(name);
    for (const names of WITH_TIME.values()) for (const name of names) expect(Object.keys(eventPageSchema.shape)).toContain(name);
  });
});

describe('the widgets an editor sees', () => {
  const posts = fieldsIn(config, 'posts');

  it('title required, dates as day pickers, the summary as a text area, flags as switches with their defaults', () => {
    expect(field(posts, 'title')).toMatchObject({ widget: 'string', required: true, hint: 'a title written as text' });
    expect(field(posts, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: false });
    expect(field(posts, 'summary')).toMatchObject({ widget: 'text' });
    expect(field(posts, 'draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(field(posts, 'comments')).toMatchObject({ widget: 'boolean', default: true });
    expect(field(posts, 'image.placement')).toMatchObject({ widget: 'number', min: 1, max: 3 });
  });

  it('tags and categories as lists offering the existing ones with their counts; authors from the profiles', () => {
    expect(field(posts, 'tags')).toMatchObject({ widget: 'list', suggestions: [{ value: 'repair', label: 'repair (3)' }, { value: 'meetups', label: 'meetups (1)' }] });
    expect(field(posts, 'categories')).toMatchObject({ widget: 'list', suggestions: [{ value: 'Events', label: 'Events (1)' }] });
    expect(field(posts, 'authors')).toMatchObject({ widget: 'relation', collection: 'authors', value_field: '{{slug}}', display_fields: ['title'], multiple: true });
  });

  it('the event: start and end with their time, a timezone select, location required, a signup link', () => {
    expect(field(posts, 'event')).toMatchObject({ widget: 'object', required: false });
    expect(field(posts, 'event.start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', required: true });
    expect(field(posts, 'event.end')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', required: false });
    const tz = field(posts, 'event.timezone');
    expect(tz.widget).toBe('select');
    expect(tz.options).toEqual(expect.arrayContaining(['Europe/Amsterdam', 'America/New_York', 'UTC']));
    expect(field(posts, 'event.location')).toMatchObject({ widget: 'string', required: true, hint: 'a place, or "online"' });
    expect(field(posts, 'event.signup_url')).toMatchObject({ widget: 'string', hint: 'an absolute https:// link such as https://example.org/signup' });
    const events = fieldsIn(config, 'events');
    expect(field(events, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', required: true });
  });

  it('the body in Markdown with our components as blocks, and the original file kept hidden', () => {
    expect(field(posts, 'body')).toMatchObject({ widget: 'markdown', editor_components: ['Drivers', 'Blockers', 'Activities', 'Callout', 'Figure', 'YouTube', 'Vimeo', 'Event'] });
    expect(field(posts, ORIGINAL_KEY)).toMatchObject({ widget: 'hidden' });
  });
});

describe('collections, bundles, languages and backend', () => {
  it('posts, event pages and authors are page bundles: images beside the entry, referenced relatively', () => {
    for (const name of ['posts', 'events', 'authors']) {
      expect(collection(config, name)).toMatchObject({ folder: `content/${name}`, media_folder: '', public_folder: '', format: FORMAT, create: true });
    }
    expect(collection(config, 'posts').path).toBe('{{slug}}/index');
    expect(collection(config, 'authors').path).toBe('{{slug}}/_index');
    expect(collection(config, 'site').files![0]!.file).toBe('content/site.yaml');
    expect(config.i18n).toBeUndefined();
  });

  it('a site of several languages: one file per language, texts translated, the rest the same in each', () => {
    const root = makeContent({ 'site.yaml': 'title: A blog\nlanguages:\n  - code: en\n  - code: nl\n  - code: ar\n' });
    const multi = cmsConfig({ site: buildIndex(root, true).site });
    expect(multi.i18n).toEqual({ structure: 'multiple_files', locales: ['en', 'nl', 'ar'], default_locale: 'en' });
    const posts = fieldsIn(multi, 'posts');
    expect(collection(multi, 'posts').i18n).toBe(true);
    expect([field(posts, 'title').i18n, field(posts, 'body').i18n, field(posts, 'tags').i18n]).toEqual([true, true, true]);
    expect([field(posts, 'date').i18n, field(posts, 'draft').i18n, field(posts, 'event').i18n]).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(field(posts, ORIGINAL_KEY).i18n).toBe(true);
  });

  it('the backend from site.yaml; local mode writes into content/', () => {
    const root = makeContent({ 'site.yaml': 'title: A blog\neditor:\n  enabled: true\n  publish_mode: editorial_workflow\n  backend:\n    name: github\n    repo: our-org/blog\n    base_url: https://auth.example.org\n    open_authoring: true\n' });
    const hosted = cmsConfig({ site: buildIndex(root, true).site });
    expect(hosted.backend).toEqual({ name: 'github', repo: 'our-org/blog', branch: 'main', base_url: 'https://auth.example.org', open_authoring: true });
    expect(hosted.publish_mode).toBe('editorial_workflow');
    expect(hosted.local_backend).toBeUndefined();
    expect(cmsConfig({ site: buildIndex(root, true).site, local: true }).local_backend).toBe(true);
    expect(config.local_backend).toBe(true);
  });
});
