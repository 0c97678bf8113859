/**
 * The editor's collections and fields (Decap CMS's config), generated from the zod schemas in
 * lib/content/schema.ts: a field added to the schema appears in the editor without a second list.
 */
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
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
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
  site: import('../content/site').SiteConfig;
  /** Existing tags and categories with their counts, offered in the form (`suggestions`). */
  tags?: TaxonomyCount[];
  categories?: TaxonomyCount[];
  /** The content folder relative to the repository (Decap's paths are the repository's): `content`. */
  contentDir?: string;
  /** Local mode (decap-server writes into content/): `local_backend: true`. */
  local?: boolean;
}

/** The whole configuration object handed to `CMS.init({ config })`. */
export function cmsConfig(input: ConfigInput): CmsConfig {
  throw new Error(`not implemented ${Object.keys(input).join()}`);
}
