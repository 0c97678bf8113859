/**
 * Which pages exist in every language of a site, whatever its content: the home, the term and
 * author indexes, events and search. The language switcher links such a page to itself in
 * each language, and its head names them as alternates; any other page (a tag, an author, a later
 * page of a list) may have no counterpart, so it links to the language's home instead.
 */
import { INDEXES_IN_EVERY_LANGUAGE } from './table';

const EVERY_LANGUAGE = new RegExp(`^/(?:${INDEXES_IN_EVERY_LANGUAGE.join('|')})?/?$`);

/** A route path without language prefix (`/tags`, `/`). */
export const pageInEveryLanguage = (path: string): boolean => EVERY_LANGUAGE.test(path.replace(/[?#].*$/, ''));
