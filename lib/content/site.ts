import path from 'node:path';
import fs from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { describeValue, type ContentProblem } from './errors';
import { isHttpsUrl, isSitePath } from '../field-values';
import { COMMUNITY_FIELDS } from '../community/settings';
import { fieldName, yamlLineOf } from './frontmatter';
import { displayPath } from './paths';
import { readRegularFile, usablePath } from './regular-files';
import { DEFAULT_NAV, isBlank, siteSchema } from './schema';
import { codeKey, shownName, type LanguageSettings } from './languages';
import { MESSAGE_KEYS, missingKeys, SHIPPED_LANGUAGES, type Catalogue, type MessageKey } from '../i18n';
import { loadOverrides } from './i18n-overrides';

export { siteSchema };

const NAV_LINK_EXPECTED = 'a path on the site such as /tags, or an https:// link (the menu entry was left out)';

/** A site path that stays on the site (`/tags`, not `//host` however written) or an absolute https:// URL. */
export function isNavLink(href: string): boolean {
  return isSitePath(href) || (isHttpsUrl(href) && href.toLowerCase().startsWith('https://'));
}


/** A language of the site, resolved: every field a page needs, the site's own where not translated. */
export interface Language {
  code: string;
  name: string;
  /** For Intl (dates, numbers, collation). */
  locale: string;
  /** Only when site.yaml says so; otherwise the interface decides from the code. */
  dir?: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** `key`: the entry is the built-in menu's, shown in the interface's words for the language. */
  nav: { label: string; href: string; key?: MessageKey }[];
  /** Whether it is the default language (served at /, the others under /<code>/). */
  isDefault: boolean;
  /** The site's own words for this language (content/i18n/<code>.yaml), over the built-in ones. */
  messages?: Catalogue;
}

export type SiteConfig = Omit<z.infer<typeof siteSchema>, 'languages' | 'nav'> & {
  nav: Language['nav'];
  /** The default language first; one entry, from `language:`, when `languages:` is not written. */
  languages: Language[];
};

/** The built-in menu (nothing written in site.yaml) carries its message keys; a written one stays as written. */
function withMenuKeys(nav: { label: string; href: string }[]): Language['nav'] {
  const builtIn = nav.length === DEFAULT_NAV.length && nav.every((item, i) => item.label === DEFAULT_NAV[i]!.label && item.href === DEFAULT_NAV[i]!.href);
  return builtIn ? DEFAULT_NAV.map((item) => ({ ...item })) : nav;
}

/** The language list, the default first, checked: codes unique, `language:` (when written) among them. */
function resolveLanguages(
  settings: Omit<SiteConfig, 'languages'>,
  written: LanguageSettings[] | undefined,
  languageWritten: boolean,
  report: (field: string, expected: string, found: string) => void,
): Language[] {
  const resolve = (l: Partial<LanguageSettings> & { code: string }, isDefault: boolean): Language => ({
    code: l.code,
    name: shownName(l.name, l.code),
    locale: l.locale ?? l.code,
    ...(l.dir ? { dir: l.dir } : {}),
    title: l.title ?? settings.title,
    description: l.description ?? settings.description,
    nav: l.nav ?? withMenuKeys(settings.nav),
    isDefault,
  });
  if (!written?.length) return [resolve({ code: settings.language }, true)];
  const seen = new Map<string, number>();
  const unique = written.filter((l, i) => {
    const key = codeKey(l.code);
    if (seen.has(key)) {
      report(`languages[${i}].code`, 'a language listed once', `"${l.code}", already listed as languages[${seen.get(key)}]`);
      return false;
    }
    seen.set(key, i);
    return true;
  });
  let first = 0;
  if (languageWritten) {
    first = unique.findIndex((l) => codeKey(l.code) === codeKey(settings.language));
    if (first < 0) {
      report('language', `one of the codes under languages: (${unique.map((l) => l.code).join(', ')}), the default language`, JSON.stringify(settings.language));
      first = 0;
    }
  }
  const ordered = [unique[first]!, ...unique.filter((_, i) => i !== first)];
  return ordered.map((l, i) => resolve(l, i === 0));
}

/** The site as one language shows it: its title, description and menu. */
export function siteIn(site: SiteConfig, code: string): SiteConfig & { lang: Language } {
  const lang = site.languages.find((l) => codeKey(l.code) === codeKey(code)) ?? site.languages[0]!;
  return { ...site, title: lang.title, description: lang.description, nav: lang.nav, language: lang.locale, lang };
}

/** `description:` left empty means "the default", as everywhere in content (see isBlank). */
function withoutBlanks(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => !isBlank(v)).map(([k, v]) => [k, withoutBlanks(v)]));
}

interface KeptSettings {
  stamp: string;
  code: string;
  embeds: readonly string[];
}

const kept = new Map<string, KeptSettings>();

/**
 * The settings of the site in `root` that code far from the index reads (the compiler, the
 * headers), as buildIndex reads them. Kept per root; outside production the settings file's time
 * and size are part of the key, so an edit shows.
 */
function keptSettings(root: string): KeptSettings {
  const file = SITE_FILES.map((n) => path.join(/*turbopackIgnore: true*/ root, n)).find((f) => fs.existsSync(f));
  const known = kept.get(root);
  if (known && process.env.NODE_ENV === 'production') return known;
  const stat = file ? fs.statSync(file) : undefined;
  const stamp = `${file}|${stat?.mtimeMs}|${stat?.size}`;
  if (known?.stamp === stamp) return known;
  const site = loadSite(root, []);
  const settings = { stamp, code: site.languages[0]!.code, embeds: Object.freeze([...site.embeds]) };
  kept.set(root, settings);
  return settings;
}

/** The default language of the site in `root` (its first language). */
export const siteDefaultLanguage = (root: string): string => keptSettings(root).code;

/** The embed providers the site in `root` allows (`embeds:`, lib/embeds.ts). */
export const siteEmbeds = (root: string): readonly string[] => keptSettings(root).embeds;

const SITE_FILES = ['site.yaml', 'site.yml', 'site.json'];

/** The site file, its text, and what it says (`{}` when there is none or it cannot be read). */
function readSiteFile(root: string, problems: ContentProblem[]): { file: string | undefined; text: string; data: unknown } {
  const file = SITE_FILES.map((n) => path.join(/*turbopackIgnore: true*/ root, n)).find((f) => usablePath(f, 'file', problems));
  let data: unknown = {};
  let text = '';
  if (file) {
    try {
      text = readRegularFile(file)?.toString('utf8') ?? '';
      data = parse(text) ?? {};
    } catch (err) {
      problems.push({
        severity: 'error',
        file: displayPath(file),
        line: (err as { linePos?: { line: number }[] }).linePos?.[0]?.line,
        field: 'site',
        expected: 'valid YAML or JSON',
        found: err instanceof Error ? err.message.split('\n')[0]! : String(err),
      });
    }
  }
  return { file, text, data };
}

export function loadSite(root: string, problems: ContentProblem[]): SiteConfig {
  const { file, text, data } = readSiteFile(root, problems);
  const result = siteSchema.safeParse(withoutBlanks(data));
  const lineOf = yamlLineOf(text);
  const lineOfField = (field: string) => lineOf(field.replace(/\[(\d+)\]/g, '.$1'));
  if (!result.success) {
    siteSchemaProblems(result.error.issues, data, file!, lineOf, problems);
    const fallback = siteSchema.parse({});
    return { ...fallback, languages: resolveLanguages(fallback, undefined, false, () => {}) };
  }
  const url = (process.env.SITE_URL || result.data.url).replace(/\/+$/, '');
  // A menu link that is not a page of the site or an https:// page is left out (a javascript:
  // link would run when clicked).
  const safeNav = <T extends { href: string }>(items: T[], field: string) =>
    items.filter((item, i) => {
      if (isNavLink(item.href)) return true;
      problems.push({ severity: 'warning', file: displayPath(file!), line: lineOfField(`${field}[${i}].href`), field: `${field}[${i}].href`, expected: NAV_LINK_EXPECTED, found: JSON.stringify(item.href) });
      return false;
    });
  const nav = safeNav(result.data.nav, 'nav');
  const { languages: listed, ...rest } = result.data;
  const written = listed?.map((l, i) => (l.nav ? { ...l, nav: safeNav(l.nav, `languages[${i}].nav`) } : l));
  const settings = { ...rest, url, nav };
  const languages = resolveLanguages(settings, written, !isBlank((data as Record<string, unknown> | null)?.language), (field, expected, found) =>
    problems.push({ severity: 'error', file: displayPath(file!), line: lineOfField(field), field, expected, found }),
  );
  const lang = languages[0]!;
  const overrides = loadOverrides(root, languages.map((l) => l.code), problems);
  for (const l of languages) if (overrides.has(l.code)) l.messages = overrides.get(l.code);
  // A language whose interface words are not (all) shipped shows English ones: said at check.
  for (const l of languages) {
    const missing = missingKeys(l.locale).filter((key) => !l.messages?.[key]);
    if (!missing.length) continue;
    const where = languageField((data as Record<string, unknown> | null)?.languages, l.code);
    problems.push({
      severity: 'warning',
      file: displayPath(file ?? path.join(/*turbopackIgnore: true*/ root, 'site.yaml')),
      line: file ? lineOf(where.path) : undefined,
      field: where.field,
      expected: `a language the site's interface is written in (${SHIPPED_LANGUAGES.join(', ')}), or its words are shown in English`,
      found: untranslatedCount(l.locale, missing),
    });
  }
  return { ...settings, language: lang.locale, languages };
}

/** How much of a language's interface is shown in English, for the warning that says so. */
function untranslatedCount(locale: string, missing: readonly string[]): string {
  return missing.length === MESSAGE_KEYS.length
    ? `"${locale}" (all ${MESSAGE_KEYS.length} interface messages are shown in English)`
    : `"${locale}" (${missing.length} of ${MESSAGE_KEYS.length} interface messages are shown in English: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`;
}

/**
 * Where a language is written in the site file (`raw` is its `languages:`), to point a warning at:
 * `languages[1].code` in a list, `languages.nl` in Hugo's map, else `language`.
 */
function languageField(raw: unknown, code: string): { field: string; path: string } {
  if (Array.isArray(raw)) {
    const codeOf = (e: unknown) => (typeof e === 'string' ? e : typeof (e as { code?: unknown } | null)?.code === 'string' ? (e as { code: string }).code : undefined);
    const i = raw.findIndex((e) => codeOf(e) !== undefined && codeKey(codeOf(e)!) === codeKey(code));
    if (i >= 0) return typeof raw[i] === 'string' ? { field: `languages[${i}]`, path: `languages.${i}` } : { field: `languages[${i}].code`, path: `languages.${i}.code` };
  } else if (raw && typeof raw === 'object') {
    const key = Object.keys(raw).find((k) => codeKey(k) === codeKey(code));
    if (key) return { field: `languages.${key}`, path: `languages.${key}` };
  }
  return { field: 'language', path: 'language' };
}

/** One error per setting the schema rejects, with the value found; community settings name their line. */
function siteSchemaProblems(issues: readonly { path: PropertyKey[]; message: string }[], data: unknown, file: string, lineOf: (path: string) => number | undefined, problems: ContentProblem[]) {
  for (const issue of issues) {
    let value: unknown = data;
    for (const s of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[s as PropertyKey];
    const segments = issue.path.map(String);
    // The comments, newsletter, analytics, language, editor, embed and Hugo settings name their line (as front matter does).
    const located = COMMUNITY_FIELDS.includes(segments[0]!) || ['languages', 'editor', 'embeds', 'hugo'].includes(segments[0]!);
    problems.push({
      severity: 'error',
      file: displayPath(file),
      ...(located ? { line: lineOf(segments.join(/*turbopackIgnore: true*/ '.')) } : {}),
      field: located ? fieldName(segments) : issue.path.join(/*turbopackIgnore: true*/ '.'),
      expected: issue.message,
      found: describeValue(value),
    });
  }
}
