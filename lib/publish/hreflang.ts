/**
 * A page's versions in the site's other languages, as `hreflang` alternates: a post's
 * translations, or a page every language has (the home, /tags …) in each language, with the
 * default language's as `x-default`. Read by the page metadata (`<link rel="alternate" hreflang>`),
 * by the sitemap (`xhtml:link`) and, for the type of a version, by lib/queries/translations.
 */
import type { SiteConfig } from '../content';
import { pagePathIn, withoutLanguage } from '../routes/urls';
import { pageInEveryLanguage } from '../routes/languages-nav';

/** One language's version of a page: its language code and its route path. */
export interface Translation {
  lang: string;
  path: string;
}

/**
 * The versions of a page for `hreflang`: a post's translations, or, for a page every language has
 * (the home, /tags …), that page in each language. With `x-default` the default language's;
 * nothing for a one-language site or a page with no other version.
 */
export function pageTranslations(site: Pick<SiteConfig, 'languages'>, path: string): Translation[] {
  if (site.languages.length < 2 || !pageInEveryLanguage(withoutLanguage(path))) return [];
  return site.languages.map((l) => ({ lang: l.code, path: pagePathIn(l.code, path) }));
}

export function hreflangAlternates(site: Pick<SiteConfig, 'languages'>, versions: readonly Translation[]): Record<string, string> | undefined {
  if (versions.length < 2) return undefined;
  const fallback = versions.find((v) => v.lang === site.languages[0]?.code);
  return { ...Object.fromEntries(versions.map((v) => [v.lang, v.path])), ...(fallback ? { 'x-default': fallback.path } : {}) };
}
