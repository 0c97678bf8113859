/**
 * Hugo themes spell some of the fields the engine reads in their own way. They are mapped onto the
 * schema's spelling before validation, so the schema (lib/content/schema.ts) stays the one contract.
 */
import { isBlank } from '../field-values';

/** A featured image named by its path rather than by a `featured.*` file in the post's folder. */
export interface FeaturedPath {
  path: string;
  /** The field that named it (`image`, `featured_image`, `cover.image`). */
  field: string;
}

export interface HugoSpellings {
  data: Record<string, unknown>;
  featuredPath?: FeaturedPath;
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && !isBlank(v) ? v.trim() : undefined);

/** Front matter with other themes' spellings in the schema's; `draft: 1` and the like are read by the schema (lib/field-values.ts). */
export function mapHugoSpellings(data: Record<string, unknown>): HugoSpellings {
  const out: Record<string, unknown> = { ...data };
  let featuredPath: FeaturedPath | undefined;

  // `image: "talks/slides.png"` (Ananke, PaperMod and others), `featured_image:` (Ananke),
  // `cover: { image, alt, caption }` (PaperMod): the featured image by its path.
  const cover = isMapping(data.cover) ? data.cover : undefined;
  const named: [string, string | undefined][] = [
    ['image', text(data.image)],
    ['featured_image', text(data.featured_image)],
    ['cover.image', text(cover?.image)],
  ];
  const first = named.find(([, path]) => path !== undefined);
  if (first) featuredPath = { field: first[0], path: first[1]! };
  if (typeof data.image === 'string') delete out.image;
  if (cover && !isMapping(data.image)) {
    const settings = { alt_text: text(cover.alt), caption: text(cover.caption), preview_only: cover.hiddenInSingle === true || undefined };
    const given = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
    if (Object.keys(given).length) out.image = given;
  }
  return { data: out, featuredPath };
}
