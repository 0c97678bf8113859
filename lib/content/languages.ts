/**
 * The languages a site speaks (`languages:` in content/site.yaml) and how a content file says
 * which one it is in, Hugo's two ways: a suffix on the file name (`index.nl.md`, `my-post.de.mdx`)
 * or a folder per language (`content/nl/posts/...`, Hugo Blox's `contentDir: content/nl`).
 * A site without `languages:` speaks one, `language:` (default en), and keeps every URL it had.
 */
import { z } from 'zod';
import { emptyIsAbsent, isBlank } from '../field-values';

export const LANGUAGE_CODE_EXPECTED = 'a language code such as en, nl or pt-br';
const NAV_ITEM = z.object({ label: z.string({ error: 'a menu label as text' }), href: z.string({ error: 'a link such as /tags' }) });

/** A language code as a BCP 47 tag (`en`, `pt-BR`, `zh-Hant`); compared without case, as Hugo does. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code)) return false;
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

const languageCode = z.string({ error: LANGUAGE_CODE_EXPECTED }).trim().refine(isLanguageCode, { error: LANGUAGE_CODE_EXPECTED });

export const languageSchema = z.looseObject({
  code: languageCode,
  /** What the language switcher shows: the language's own name ("Nederlands"); Intl's when left out. */
  name: z.preprocess(emptyIsAbsent, z.string({ error: 'the language\'s own name, such as Nederlands' }).optional()),
  /** The locale dates and numbers are written in (`nl-BE`); the code when left out. */
  locale: z.preprocess(emptyIsAbsent, languageCode.optional()),
  /** Reading direction; from the language when left out (Arabic, Hebrew, Persian, Urdu … are rtl). */
  dir: z.preprocess(emptyIsAbsent, z.enum(['ltr', 'rtl'], { error: 'ltr or rtl' }).optional()),
  title: z.preprocess(emptyIsAbsent, z.string({ error: 'the site title in this language, as text' }).optional()),
  description: z.preprocess(emptyIsAbsent, z.string({ error: 'the one-line description in this language, as text' }).optional()),
  nav: z.preprocess(emptyIsAbsent, z.array(NAV_ITEM, { error: 'a list of menu entries ({ label, href })' }).optional()),
});

export type LanguageSettings = z.infer<typeof languageSchema>;

/**
 * `languages:` as a list (`- code: nl`) or as Hugo writes it, a map keyed by code whose entries
 * may use Hugo's names (`languageName`, `languageCode`, `languageDirection`, `weight`); the map is
 * ordered by weight, then as written. Blank entries left from a template are dropped.
 */
export function languagesInput(value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v)).map((v) => (typeof v === 'string' ? { code: v } : v));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([code, v], i) => {
    const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
    const { languageName, languageCode, languageDirection, weight, ...rest } = o;
    return {
      order: typeof weight === 'number' ? weight : Number.POSITIVE_INFINITY,
      i,
      entry: { code, name: rest.name ?? languageName, locale: rest.locale ?? languageCode, dir: rest.dir ?? languageDirection, ...rest },
    };
  });
  return entries.sort((a, b) => a.order - b.order || a.i - b.i).map((e) => e.entry);
}

/** The matching key of a code: Hugo's and BCP 47's case-insensitive comparison. */
export const codeKey = (code: string): string => code.trim().toLowerCase();

/**
 * A file name's language suffix (`notes.nl.md`, `index.pt-br.md`) among the site's languages:
 * the language and the name without it. Any other suffix is part of the name.
 */
export function splitLanguageSuffix(base: string, codes: ReadonlyMap<string, string>): { name: string; lang?: string } {
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return { name: base };
  const lang = codes.get(codeKey(base.slice(dot + 1)));
  return lang ? { name: base.slice(0, dot), lang } : { name: base };
}

/**
 * A suffix that reads as a language the site does not list (`about.fr.md` on a site without fr):
 * its code, so the check can say why the file is not a French translation.
 */
export function unlistedLanguageSuffix(base: string): string | undefined {
  const m = /\.([^.]+)$/.exec(base);
  return m && base.length > m[0].length && looksLikeLanguage(m[1]!) ? m[1] : undefined;
}

/** Whether a name is a language Intl knows by name (`fr`, `pt-br`), not just any short word (`v2`). */
export function looksLikeLanguage(code: string): boolean {
  if (!/^[a-z]{2}(?:-[a-z]{2,4})?$/i.test(code)) return false;
  try {
    const shown = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code);
    return Boolean(shown && shown.toLowerCase() !== code.toLowerCase());
  } catch {
    return false;
  }
}

/** The language's own name, from Intl ("Nederlands", "العربية"); the code when Intl has none. */
export function nativeName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/**
 * The name the language switcher shows: the one written (`name:`, Hugo's `languageName`), unless it
 * is the language's English name ("Hebrew" for he, as many Hugo configurations write it): a reader
 * looks for their language by its own name ("עברית"), so Intl's replaces it. Any other spelling
 * ("Ivrit", "Nederlands (BE)") is the site's choice and stays.
 */
export function shownName(written: string | undefined, code: string): string {
  const own = nativeName(code);
  if (written === undefined || !written.trim()) return own;
  try {
    const inEnglish = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    // pt-BR written "Brazilian Portuguese" or just "Portuguese".
    const english = [inEnglish.of(code), inEnglish.of(new Intl.Locale(code).language)].map((n) => n?.toLowerCase());
    if (english.includes(written.trim().toLowerCase())) return own;
  } catch {
    // A code Intl refuses: the written name is all there is.
  }
  return written;
}

/** The one prefix rule: a language's pages live under `/<code>`, the default language's at `/`. */
export function languagePrefixOf(code: string, defaultCode: string): string {
  return codeKey(code) === codeKey(defaultCode) ? '' : `/${code}`;
}
