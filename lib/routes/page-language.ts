/**
 * Which language the page being rendered is in. A page under /<code>/ (app/[lang]/) says so once,
 * from its params (`setPageLanguage`), and everything it reads afterwards follows: the content
 * accessors (lib/content: the site's title and menu, the posts, the terms) and the URL builders
 * (lib/routes/urls: /nl/posts/x instead of /posts/x). Pages at / never set it: the default language.
 *
 * Two scopes, because React renders a page after its function has returned:
 * - a render (layouts, pages, generateMetadata) keeps it per request in React's `cache`;
 * - everything that runs inside a call (route handlers, generateStaticParams, the check compiling
 *   a translated body, a link written for another language) uses `withLanguage`, which wins.
 * Outside React's server renderer `cache` does not memoise, so a script only ever sees `withLanguage`.
 *
 * The default language is the content's (`siteDefaultLanguage`, read from the content root's
 * settings), unless a caller reading another root says which (`withDefaultLanguage`): nothing
 * sets it from the side. The site's allowed embed providers are read the same way.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { cache } from 'react';
import { languagePrefixOf } from '../content/languages';
import { contentRoot } from '../content/paths';
import { siteDefaultLanguage, siteEmbeds } from '../content/site';

interface Scope {
  lang?: string;
  /** The default language of the site the scope reads. */
  defaultCode?: string;
  /** The embed providers that site allows, when it is not the content root's. */
  embeds?: readonly string[];
}

const scope = new AsyncLocalStorage<Scope>();
const rendered = cache((): { lang?: string } => ({}));

/** The default language of the site being read: served without a prefix. */
export const defaultLanguage = (): string => scope.getStore()?.defaultCode ?? siteDefaultLanguage(contentRoot());

/** Called by a route under app/[lang]/ with its `lang` param, before it reads anything. */
export function setPageLanguage(lang: string | undefined): void {
  rendered().lang = lang;
}

/** Runs `fn` (and whatever it awaits) as if the page were in `lang`; the default language when undefined. */
export function withLanguage<T>(lang: string | undefined, fn: () => T): T {
  const defaultCode = defaultLanguage();
  return scope.run({ lang: lang ?? defaultCode, defaultCode, embeds: scope.getStore()?.embeds }, fn);
}

/** Runs `fn` for a site whose default language is `code` (the check of a folder other than the content root). */
export function withDefaultLanguage<T>(code: string, fn: () => T): T {
  return scope.run({ lang: code, defaultCode: code, embeds: scope.getStore()?.embeds }, fn);
}

/** Runs `fn` for a site that allows the embed providers `names` (the check of another folder). */
export function withAllowedEmbeds<T>(names: readonly string[], fn: () => T): T {
  return scope.run({ ...scope.getStore(), embeds: Object.freeze([...names]) }, fn);
}

/** The embed providers the site being read allows (lib/embeds.ts): the compiler and the Embed component ask. */
export const allowedEmbeds = (): readonly string[] => scope.getStore()?.embeds ?? siteEmbeds(contentRoot());

/** The current page's language code, the default when nothing said otherwise. */
export function pageLanguage(): string {
  return scope.getStore()?.lang ?? rendered().lang ?? defaultLanguage();
}

/** `/nl` for a language other than the default, '' for the default. */
export function languagePrefix(lang: string = pageLanguage()): string {
  return languagePrefixOf(lang, defaultLanguage());
}
