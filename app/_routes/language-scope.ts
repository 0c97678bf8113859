/**
 * Every route under app/[lang]/ is the route of the same path in app/(site)/, run in the language
 * its `lang` param names: these wrappers set the page language (lib/routes/page-language) before the
 * (site) code reads anything, so each page, feed and file is written once for every language.
 * A `lang` that is not one of the site's other languages (the placeholder a one-language site
 * builds in a static export, or the default language's own code) is a 404: the default language
 * lives at /.
 */
import { notFound } from 'next/navigation';
import { otherLanguages } from '@/lib/content';
import { setPageLanguage, withLanguage } from '@/lib/routes/page-language';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';

type LanguageParams = { lang: string };
type WithParams<P> = { params: Promise<P> };

const isOtherLanguage = (lang: string): boolean => otherLanguages().some((l) => l.code === lang);

/** The `lang` params: the languages other than the default; with none, one placeholder path (a 404) in a static export and none elsewhere. */
export function languageParams(): LanguageParams[] {
  return neverEmpty(otherLanguages().map((l) => ({ lang: l.code })), { lang: PLACEHOLDER });
}

/** For the [lang] root layout: sets the page language when the site has it (its pages 404 the rest). */
export async function layoutLanguage(params: Promise<LanguageParams>): Promise<void> {
  const { lang } = await params;
  if (isOtherLanguage(lang)) setPageLanguage(lang);
}

/** Reads the `lang` param, sets it as the page's language, and 404s when the site has no such other language. */
export async function enterLanguage(params: Promise<LanguageParams>): Promise<string> {
  const { lang } = await params;
  if (!isOtherLanguage(lang)) notFound();
  setPageLanguage(lang);
  return lang;
}

/**
 * A (site) page's static params in the parent's language. Next asks once more with no `lang` when
 * the site has no other language (outside a static export, app/[lang] then has no path): none.
 */
export function inLanguageParams<P>(generate: () => P[]) {
  return ({ params }: { params: Partial<LanguageParams> }): P[] =>
    params.lang === undefined ? [] : withLanguage(isOtherLanguage(params.lang) ? params.lang : PLACEHOLDER, generate);
}

/**
 * A (site) route handler's static params in every other language. Route handlers have no layout,
 * so the `lang` param is theirs to generate: the handler's own params in each language, with it.
 */
export function inLanguageRouteParams<P extends object>(generate: () => P[] = () => [{} as P]) {
  return (): (P & LanguageParams)[] =>
    languageParams().flatMap(({ lang }) => withLanguage(isOtherLanguage(lang) ? lang : PLACEHOLDER, generate).map((p) => ({ ...p, lang })));
}

/** A (site) page, rendered in the language of its `lang` param. */
export function inLanguagePage<P extends object>(Page: (props: P) => unknown) {
  return async function LanguagePage(props: P & WithParams<LanguageParams>) {
    await enterLanguage(props.params);
    return Page(props) as React.ReactNode;
  };
}

/** A (site) page's metadata in the language of its `lang` param. */
export function inLanguageMetadata<P extends object, R>(generate: (props: P) => R) {
  return async function languageMetadata(props: P & WithParams<LanguageParams>) {
    const lang = await enterLanguage(props.params);
    return withLanguage(lang, () => generate(props));
  };
}

/** A (site) route handler (feeds, JSON, bundle files, calendar files, cards) in the language of its `lang` param. */
export function inLanguageHandler<C extends object>(GET: (request: Request, context: C) => Response | Promise<Response>) {
  return async function languageGET(request: Request, context: C & WithParams<LanguageParams>): Promise<Response> {
    const { lang } = await context.params;
    if (!isOtherLanguage(lang)) return new Response('Not found', { status: 404 });
    return withLanguage(lang, () => GET(request, context));
  };
}
