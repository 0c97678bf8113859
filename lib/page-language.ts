/**
 * Which language the page being rendered is in. A page under /<code>/ (app/[lang]/) says so once,
 * from its params (`setPageLanguage`), and everything it reads afterwards follows: the content
 * accessors (lib/content: the site's title and menu, the posts, the terms) and the URL builders
 * (lib/urls: /nl/posts/x instead of /posts/x). Pages at / never set it: the default language.
 *
 * Two scopes, because React renders a page after its function has returned:
 * - a render (layouts, pages, generateMetadata) keeps it per request in React's `cache`;
 * - everything that runs inside a call (route handlers, generateStaticParams, the check compiling
 *   a translated body, a link written for another language) uses `withLanguage`, which wins.
 * Outside React's server renderer `cache` does not memoise, so a script only ever sees `withLanguage`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { cache } from 'react';
import { codeKey } from './content/languages';
import { setLanguagePrefixSource } from './urls';

const scope = new AsyncLocalStorage<string>();
const rendered = cache((): { lang?: string } => ({}));

/** The site's default language, served without a prefix; set by every index the process builds. */
let defaultCode = 'en';

export function setDefaultLanguage(code: string): void {
  defaultCode = code;
}

export const defaultLanguage = (): string => defaultCode;

/** Called by a route under app/[lang]/ with its `lang` param, before it reads anything. */
export function setPageLanguage(lang: string | undefined): void {
  rendered().lang = lang;
}

/** Runs `fn` (and whatever it awaits) as if the page were in `lang`; the default language when undefined. */
export function withLanguage<T>(lang: string | undefined, fn: () => T): T {
  return scope.run(lang ?? defaultCode, fn);
}

/** The current page's language code, the default when nothing said otherwise. */
export function pageLanguage(): string {
  return scope.getStore() ?? rendered().lang ?? defaultCode;
}

/** `/nl` for a language other than the default, '' for the default. */
export function languagePrefix(lang: string = pageLanguage()): string {
  return codeKey(lang) === codeKey(defaultCode) ? '' : `/${lang}`;
}

setLanguagePrefixSource(languagePrefix);
