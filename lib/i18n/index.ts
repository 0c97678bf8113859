/**
 * The interface's words, one catalogue per language: data in <code>.json beside this file (en.json
 * is the reference and defines the keys; README.md there is the guide for translators). Pure: the
 * catalogues are imported, not read, so they are bundled; a site's own strings
 * (content/i18n/<lang>.yaml) arrive as `overrides`. Server code only: a client island gets its few labels from its server parent
 * (`Translator.labels`, formatted with lib/message-format), never a catalogue.
 */
import { formatMessage, isPluralForms, type Labels, type Message, type MessageVars, type PluralForms } from '../message-format';
import ar from './ar.json';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fa from './fa.json';
import fr from './fr.json';
import he from './he.json';
import it from './it.json';
import ja from './ja.json';
import nl from './nl.json';
import pt from './pt.json';
import zh from './zh.json';
import type { Catalogue, MessageKey } from './catalogue';

export type { Catalogue, MessageKey } from './catalogue';
export type { Labels, Message, PluralForms };

const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, nl, de, fr, es, ar, he, fa, pt, it, ja, zh };

export const DEFAULT_LANGUAGE = 'en';
export const SHIPPED_LANGUAGES: readonly string[] = Object.freeze(Object.keys(CATALOGUES));
export const MESSAGE_KEYS = Object.freeze(Object.keys(en) as MessageKey[]);

export interface Translator {
  /** The language asked for, as given ('nl-BE'): for <html lang> and plural rules. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The message in this language (English where it has none), placeholders filled, the plural form chosen by `n`. */
  t(key: MessageKey, vars?: MessageVars): string;
  /** A client island's labels: its own names for the messages it shows, unformatted (see lib/message-format `say`). */
  labels<K extends string>(names: Record<K, MessageKey>): Labels<K>;
}

/** A tag as Intl spells it ('nl_be' → 'nl-BE'); as written when it is none. */
function canonical(lang: string): string {
  const tag = lang.trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** The shipped catalogue a language uses: its own, else its base language's ('nl-BE' → 'nl', 'zh-Hans-CN' → 'zh'); none for 'sv'. */
export function catalogueFor(lang: string): string | undefined {
  const tag = canonical(lang).toLowerCase();
  if (Object.hasOwn(CATALOGUES, tag)) return tag;
  const base = tag.split('-')[0]!;
  if (!Object.hasOwn(CATALOGUES, base)) return undefined;
  // The zh catalogue is in simplified characters: Traditional Chinese (zh-Hant, zh-TW, zh-HK) is another script.
  return base === 'zh' && scriptOf(tag) === 'Hant' ? undefined : base;
}

function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

const usable = (m: unknown): m is Message => (typeof m === 'string' ? m.trim() !== '' : isPluralForms(m) && m.other.trim() !== '');

/** Keys the language's catalogue lacks (they show in English); every key for a language not shipped. */
export function missingKeys(lang: string): MessageKey[] {
  const code = catalogueFor(lang);
  const catalogue = code ? CATALOGUES[code]! : {};
  return MESSAGE_KEYS.filter((key) => !usable(catalogue[key]));
}

/** Scripts written right to left, for engines whose Intl.Locale has no text info. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
/** Languages written right to left by default, for when Intl cannot tell at all. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

type TextInfo = { direction?: string };

/** Right to left for Arabic, Hebrew, Persian, Urdu and the other languages in such scripts. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const tag = canonical(lang);
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };
    // A script in the tag decides (az-Arab, sd-Deva); engines' text info looks at the language only.
    if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    const script = locale.maximize().script;
    if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return RTL_LANGUAGES.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
  }
}

const cache = new Map<string, Translator>();

/**
 * The interface in `lang`: the site's `overrides` first, then the language's catalogue (or its
 * base language's), then English. A blank message counts as missing, so nothing shows empty.
 */
export function translator(lang: string, overrides?: Partial<Record<MessageKey, Message>>): Translator {
  const plain = !overrides || Object.keys(overrides).length === 0;
  const cached = plain ? cache.get(lang) : undefined;
  if (cached) return cached;
  const code = catalogueFor(lang);
  const catalogue = code ? CATALOGUES[code]! : {};
  const message = (key: MessageKey): Message => {
    const own = overrides?.[key];
    if (usable(own)) return own;
    const translated = catalogue[key];
    return usable(translated) ? translated : en[key];
  };
  const dir = textDirection(lang);
  const made: Translator = {
    lang,
    dir,
    t: (key, vars) => formatMessage(lang, message(key), vars, dir),
    labels: (names) => ({
      lang,
      dir,
      messages: Object.fromEntries(Object.entries<MessageKey>(names).map(([name, key]) => [name, message(key)])) as Record<keyof typeof names, Message>,
    }),
  };
  if (plain) cache.set(lang, made);
  return made;
}
