/**
 * The editor's collections and fields (Decap CMS's configuration), generated from the zod schemas
 * in lib/content/schema.ts: a field added to the schema appears in the editor without a second
 * list. Each schema is walked (optional, default, preprocess and pipes unwrapped) and each field's
 * widget follows from what the schema accepts: a text the schema only takes when it is a date is
 * a date picker, one that only takes an IANA timezone is a timezone select, a list of texts is a
 * list, a mapping an object, and so on. The few fields whose shape a form cannot show are listed
 * in `EXCLUDED` with the reason; the round trip (roundtrip.ts) keeps them in the file untouched.
 */
import { z } from 'zod';
import { authorSchema, eventPageSchema, frontMatterSchema, siteSchema } from '../content/schema';
import type { SiteConfig } from '../content/site';
import { EMBED_NAMES } from '../embeds';
import { BLOCK_NAMES } from '../mdx/block-names';
import { ORIGINAL_KEY } from './roundtrip';
import { editorEnabled, type EditorSettings } from './backend';

export type Widget = 'string' | 'text' | 'datetime' | 'boolean' | 'list' | 'relation' | 'image' | 'object' | 'select' | 'markdown' | 'number' | 'hidden';

export interface CmsField {
  name: string;
  label: string;
  widget: Widget;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[]; [option: string]: unknown }[];
  fields?: CmsField[];
  [option: string]: unknown;
}

export interface CmsConfig {
  [option: string]: unknown;
  collections: CmsCollection[];
}

export interface TaxonomyCount {
  name: string;
  count: number;
}

export interface ConfigInput {
  /** The site settings as lib/content/site.ts reads them (languages, the editor setting). */
  site: Pick<SiteConfig, 'languages' | 'timezone'> & { editor?: EditorSettings };
  /** Existing tags and categories with their counts, offered in the form (`suggestions`). */
  tags?: TaxonomyCount[];
  categories?: TaxonomyCount[];
  /** The content folder relative to the repository (Decap's paths are the repository's): `content`. */
  contentDir?: string;
  /** Local mode (decap-server writes into content/): `local_backend: true`. */
  local?: boolean;
}

/** The name the custom format is registered under (`CMS.registerCustomFormat(FORMAT, 'md', cmsFormat())`). */
export const FORMAT = 'blog';
/** site.yaml's format: a YAML file patched in place (roundtrip.ts `cmsSettingsFormat`). */
export const YAML_FORMAT = 'blog-settings';

/**
 * Schema fields the form leaves out, per collection, and why. They stay in the file as written:
 * the round trip only rewrites what the form changes.
 */
export const EXCLUDED: Record<'posts' | 'events' | 'authors' | 'site', Record<string, string>> = {
  posts: {
    pubDate: 'a WordPress spelling of date, read but never written by the editor',
    url: "an old site's address: redirects are set up once, by hand",
    aliases: "the post's old addresses: redirects are set up once, by hand",
    translationKey: "links translations whose files are not named alike: the editor's translations are named alike",
  },
  events: {
    pubDate: 'a WordPress spelling of date, read but never written by the editor',
    url: "an old site's address: redirects are set up once, by hand",
    aliases: "the post's old addresses: redirects are set up once, by hand",
    translationKey: "links translations whose files are not named alike: the editor's translations are named alike",
    address: 'a text or a mapping of street, city …: a form shows one shape; `location` is the field to fill in',
  },
  authors: {
    education: 'two Hugo Blox shapes (area … or course …): a form shows one; kept as written',
    social: "older Hugo Blox links, kept as written; new links go in `profiles`",
  },
  site: {
    languages: 'a list or Hugo\'s mapping of languages: changing it moves content between addresses, so it is edited in the file',
    comments: 'a service and its own fields (giscus or utterances): set up once in the file, following CONTENT.md',
    newsletter: 'a service and its own fields: set up once in the file, following CONTENT.md',
    analytics: 'a service and its own fields: set up once in the file, following CONTENT.md',
    editor: "the editor's own setting: changing it from the editor could lock the editor out",
    url: 'the address the site is served at: changed with the hosting, not from the editor',
    hugo: "the old Hugo site's address settings (permalinks, sections), carried over by the importer so old links redirect: not edited afterwards",
  },
};

/** Presentation the schema cannot say: long texts get a text area. */
export const TEXT_AREAS = new Set(['summary', 'bio', 'abstract', 'description']);

/**
 * Date fields that take a day or a day and a time, whose picker shows the time: an event page's
 * start and end. Other such fields (a post's date) are picked as a day, the blog's habit; a time
 * already written stays unless the editor picks another day.
 */
export const WITH_TIME = new Map([['events', new Set(['date', 'date_end'])]]);

// ---------------------------------------------------------------------------------------------
// Walking a zod schema

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

interface Shape {
  schema: z.ZodType;
  optional: boolean;
  default?: unknown;
}

/** The schema that decides what a value is: optional, default, preprocess and transforms unwrapped. */
function unwrap(schema: z.ZodType, into: Shape = { schema, optional: false }): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'readonly':
      return unwrap(def.innerType as z.ZodType, { ...into, optional: true });
    case 'default':
    case 'prefault':
      return unwrap(def.innerType as z.ZodType, { ...into, default: typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue });
    case 'pipe': {
      const out = def.out as z.ZodType;
      const inner = defOf(out).type === 'transform' ? (def.in as z.ZodType) : out;
      return unwrap(inner, into);
    }
    default:
      return { ...into, schema };
  }
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** What a text field takes, found by asking the schema (no second list of which field is a date). */
function textKind(schema: z.ZodType): 'date' | 'datetime' | 'timezone' | 'https' | 'plain' {
  const refuses = !accepts(schema, 'some words');
  if (!refuses) return 'plain';
  if (accepts(schema, '2031-03-14T13:00')) return accepts(schema, '2031-03-14') ? 'date' : 'datetime';
  if (accepts(schema, 'Europe/Amsterdam') && accepts(schema, 'America/New_York')) return 'timezone';
  if (accepts(schema, 'https://example.org/x')) return 'https';
  return 'plain';
}

const labelOf = (name: string) => {
  const words = name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The hint under a field: the schema's own words for what it expects. */
function hintOf(schema: z.ZodType): string | undefined {
  const result = schema.safeParse(Symbol('nothing'));
  if (result.success) return undefined;
  const message = result.error.issues[0]?.message;
  return message && !/^Invalid|expected/i.test(message) ? message : undefined;
}

export interface FieldContext {
  timeZones: readonly string[];
  suggestions: Partial<Record<string, TaxonomyCount[]>>;
  /** Fields of this collection whose date picker shows the time (WITH_TIME). */
  withTime?: ReadonlySet<string>;
}

function fieldFor(name: string, schema: z.ZodType, ctx: FieldContext): CmsField | undefined {
  const shape = unwrap(schema);
  const def = defOf(shape.schema);
  const base = { name, label: labelOf(name), required: !shape.optional && shape.default === undefined, ...(shape.default !== undefined && !Array.isArray(shape.default) ? { default: shape.default } : {}) };
  const hint = hintOf(shape.schema);
  const withHint = hint ? { hint } : {};
  switch (def.type) {
    case 'string': {
      const found = textKind(shape.schema);
      const kind = found === 'date' && ctx.withTime?.has(name) ? 'datetime' : found;
      if (kind === 'date') return { ...base, ...withHint, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
      if (kind === 'datetime') return { ...base, ...withHint, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: true };
      if (kind === 'timezone') return { ...base, ...withHint, widget: 'select', options: [...ctx.timeZones] };
      return { ...base, ...withHint, widget: TEXT_AREAS.has(name) ? 'text' : 'string' };
    }
    case 'number':
      return { ...base, ...withHint, widget: 'number', value_type: 'int' };
    case 'boolean':
      return { ...base, widget: 'boolean', default: shape.default ?? false };
    case 'enum':
      return { ...base, ...withHint, widget: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'union': {
      const options = (def.options as z.ZodType[]).map((o) => defOf(unwrap(o).schema));
      if (options.every((o) => o.type === 'literal')) {
        const values = options.flatMap((o) => o.values as unknown[]);
        if (values.every((v) => typeof v === 'number')) return { ...base, ...withHint, widget: 'number', value_type: 'int', min: Math.min(...(values as number[])), max: Math.max(...(values as number[])) };
        return { ...base, ...withHint, widget: 'select', options: values };
      }
      return undefined;
    }
    case 'array': {
      const element = unwrap(def.element as z.ZodType);
      const elementDef = defOf(element.schema);
      if (elementDef.type === 'string') {
        const suggestions = ctx.suggestions[name];
        return { ...base, required: false, ...withHint, widget: 'list', ...(suggestions ? { suggestions: suggestions.map((s) => ({ value: s.name, label: `${s.name} (${s.count})` })) } : {}) };
      }
      if (elementDef.type === 'object') return { ...base, required: false, ...withHint, widget: 'list', fields: fieldsOf(element.schema as z.ZodObject, ctx) };
      return undefined;
    }
    case 'object':
      return { ...base, ...withHint, widget: 'object', collapsed: true, fields: fieldsOf(shape.schema as z.ZodObject, ctx) };
    default:
      return undefined;
  }
}

export function fieldsOf(schema: z.ZodObject, ctx: FieldContext, excluded: Record<string, string> = {}): CmsField[] {
  return Object.entries(schema.shape).flatMap(([name, field]) => {
    if (Object.hasOwn(excluded, name)) return [];
    const made = fieldFor(name, field as z.ZodType, ctx);
    if (!made) throw new Error(`lib/editor/config.ts: the schema field "${name}" has no editor widget; give it one or list it in EXCLUDED with the reason`);
    return [made];
  });
}

// ---------------------------------------------------------------------------------------------
// The configuration

const FOCAL_POINTS = ['Smart', 'Center', 'TopLeft', 'Top', 'TopRight', 'Left', 'Right', 'BottomLeft', 'Bottom', 'BottomRight'];

/**
 * Fields the schema leaves open that the blog's conventions fill in (Hugo Blox's focal points), and
 * lists whose every item must be one of a known set (the embed providers of lib/embeds.ts): picked
 * from that set, so no misspelt name reaches the check.
 */
function refine(fields: CmsField[]): CmsField[] {
  return fields.map((f) => {
    if (f.name === 'image' && Array.isArray(f.fields)) {
      return { ...f, fields: (f.fields as CmsField[]).map((g) => (g.name === 'focal_point' ? { ...g, widget: 'select' as const, options: FOCAL_POINTS } : g)) };
    }
    if (f.name === 'embeds' && f.widget === 'list') return { ...f, widget: 'select', multiple: true, options: [...EMBED_NAMES] };
    return f;
  });
}

/** Authors as a relation to the profiles; the body as Markdown with our components as blocks. */
function postFields(schema: z.ZodObject, excluded: Record<string, string>, ctx: FieldContext): CmsField[] {
  const fields = refine(fieldsOf(schema, ctx, excluded)).map((f): CmsField =>
    f.name === 'authors'
      ? { name: 'authors', label: 'Authors', widget: 'relation', collection: 'authors', search_fields: ['title'], value_field: '{{slug}}', display_fields: ['title'], multiple: true, required: false }
      : f,
  );
  return [...fields, bodyField(), hiddenOriginal()];
}

const bodyField = (): CmsField => ({ name: 'body', label: 'Body', widget: 'markdown', required: false, editor_components: [...BLOCK_NAMES], hint: 'Markdown; our components (Drivers, Blockers, …) are blocks you can insert' });
/** The file as read, so a save writes only what changed (roundtrip.ts cmsFormat). */
const hiddenOriginal = (): CmsField => ({ name: ORIGINAL_KEY, label: 'Original file', widget: 'hidden', required: false });

export function cmsConfig(input: ConfigInput): CmsConfig {
  const dir = (input.contentDir ?? 'content').replace(/\/+$/, '');
  const ctx: FieldContext = {
    // Intl lists the canonical zones without UTC, which sites often use.
    timeZones: [...new Set(['UTC', input.site.timezone, ...Intl.supportedValuesOf('timeZone')])],
    suggestions: { tags: input.tags, categories: input.categories },
  };
  const codes = input.site.languages.map((l) => l.code);
  const multilingual = codes.length > 1;
  const i18n = multilingual ? { i18n: true } : {};
  // Page bundles: each entry is a folder, its images beside index.md and referenced relatively.
  const bundle = { media_folder: '', public_folder: '', path: '{{slug}}/index', extension: 'mdx', format: FORMAT, create: true, ...i18n };
  const editor = input.site.editor;
  const collections: CmsCollection[] = [
    {
      name: 'posts',
      label: 'Posts',
      label_singular: 'Post',
      folder: `${dir}/posts`,
      ...bundle,
      summary: '{{title}} ({{date}}){{draft}}',
      sortable_fields: ['date', 'title'],
      view_filters: [{ label: 'Drafts', field: 'draft', pattern: true }],
      fields: postFields(frontMatterSchema, EXCLUDED.posts, ctx),
    },
    {
      name: 'events',
      label: 'Event pages',
      label_singular: 'Event page',
      folder: `${dir}/events`,
      ...bundle,
      extension: 'md',
      fields: postFields(eventPageSchema, EXCLUDED.events, { ...ctx, withTime: WITH_TIME.get('events') }),
    },
    {
      name: 'authors',
      label: 'Authors',
      label_singular: 'Author',
      folder: `${dir}/authors`,
      ...bundle,
      path: '{{slug}}/_index',
      extension: 'md',
      identifier_field: 'title',
      fields: [...fieldsOf(authorSchema, ctx, EXCLUDED.authors), { ...bodyField(), label: 'Biography' }, hiddenOriginal()],
    },
    {
      name: 'site',
      label: 'Site settings',
      editor: { preview: false },
      files: [{ name: 'site', label: 'Site settings', file: `${dir}/site.yaml`, format: YAML_FORMAT, fields: [...refine(fieldsOf(siteSchema, ctx, EXCLUDED.site)), hiddenOriginal()] }],
    },
  ];
  if (multilingual) {
    // Texts are translated; dates, flags, people and settings are the same in every language.
    // Each language's file keeps its own original text, or a save would patch another file's.
    const translate = (f: CmsField): CmsField => ({ ...f, i18n: f.name === ORIGINAL_KEY || (['string', 'text', 'markdown', 'list'].includes(f.widget) && !Array.isArray(f.fields)) ? true : 'duplicate' });
    for (const c of collections) if (c.fields) c.fields = c.fields.map(translate);
  }
  return {
    ...(editor?.backend
      ? {
          backend: {
            name: editor.backend.name,
            repo: editor.backend.repo,
            branch: editor.backend.branch,
            ...(editor.backend.base_url ? { base_url: editor.backend.base_url } : {}),
            ...(editor.backend.auth_endpoint ? { auth_endpoint: editor.backend.auth_endpoint } : {}),
            ...(editor.backend.open_authoring ? { open_authoring: true } : {}),
          },
        }
      : { backend: { name: 'git-gateway' } }),
    ...(input.local || !editorEnabled(editor) || !editor.backend ? { local_backend: true } : {}),
    ...(editor?.publish_mode === 'editorial_workflow' ? { publish_mode: 'editorial_workflow' } : {}),
    // Uploads of a new entry go beside it (the bundle); site-wide ones nowhere but the entry.
    media_folder: `${dir}/posts`,
    public_folder: '',
    load_config_file: false,
    ...(multilingual ? { i18n: { structure: 'multiple_files', locales: codes, default_locale: codes[0] } } : {}),
    collections,
  };
}
