/**
 * How an interface message becomes text: `{name}` placeholders, and plural forms chosen by
 * Intl.PluralRules of the language. No catalogue lives here, so a client island may import this
 * to format the few labels its server parent hands it (lib/i18n stays on the server).
 */

/** A message with a form per plural category of its language; `other` is always there. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralForms;
export type MessageVars = Record<string, string | number>;

/**
 * What a client island receives instead of a catalogue: its own label names mapped to messages,
 * with the language (for plurals) and its reading direction. Plain data, so it crosses into the
 * browser as a prop.
 */
export interface Labels<K extends string> {
  lang: string;
  dir: 'ltr' | 'rtl';
  messages: Record<K, Message>;
}

/** One Intl object per language, made once; English's for a tag Intl refuses. */
function perLanguage<T>(make: (lang: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    let value = made.get(lang);
    if (!value) {
      try {
        value = make(lang);
      } catch {
        value = make('en');
      }
      made.set(lang, value);
    }
    return value;
  };
}

const pluralRules = perLanguage((lang) => new Intl.PluralRules(lang));
const numberFormat = perLanguage((lang) => new Intl.NumberFormat(lang));

/** The plural categories a language's messages must have a form for (English: one, other). */
export const pluralCategories = (lang: string): Intl.LDMLPluralRule[] => pluralRules(lang).resolvedOptions().pluralCategories;

export const isPluralForms = (m: unknown): m is PluralForms =>
  typeof m === 'object' && m !== null && typeof (m as { other?: unknown }).other === 'string';

const PLACEHOLDER = /\{(\w+)\}/g;

/** `{name}` replaced by `vars.name`; a placeholder without a value stays as it is (see templateParts). */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** A template whose values are filled in later, by others (lib/events' zone label): each placeholder a bidi isolate in rtl. */
export const isolatePlaceholders = (template: string, dir: 'ltr' | 'rtl'): string =>
  dir === 'rtl' ? template.replace(PLACEHOLDER, '\u2068$&\u2069') : template;

/** The placeholders a template names, in order. */
export const placeholders = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** A number as the language writes it (1,234 in English, 1.234 in Dutch, ١٬٢٣٤ in ar-EG). */
export const formatNumber = (lang: string, value: number): string => numberFormat(lang).format(value);

/**
 * The form for `n` (the `n` of vars; `other` without one), its placeholders filled, numbers in
 * the language's digits. In a right-to-left language each text value is a bidi isolate (FSI …
 * PDI), so that an English title or "UTC+2" inside an Arabic sentence keeps its punctuation where
 * it belongs instead of being pulled to the other end.
 */
export function formatMessage(lang: string, message: Message, vars?: MessageVars, dir: 'ltr' | 'rtl' = 'ltr'): string {
  const template = typeof message === 'string' ? message : (message[pluralRules(lang).select(Number(vars?.n ?? Number.NaN))] ?? message.other);
  if (!vars) return template;
  const shown: MessageVars = {};
  for (const [k, v] of Object.entries(vars)) shown[k] = typeof v === 'number' ? formatNumber(lang, v) : dir === 'rtl' && v !== '' ? `\u2068${v}\u2069` : v;
  return interpolate(template, shown);
}

/** An island's label, formatted. */
export const say = <K extends string>(labels: Labels<K>, name: K, vars?: MessageVars): string => formatMessage(labels.lang, labels.messages[name], vars, labels.dir);

/**
 * A template cut at its placeholders: text, then `{ name }` where a value goes. For messages
 * whose values are markup (a link, a date), which a component puts in place itself.
 */
export function templateParts(template: string): (string | { name: string })[] {
  const parts: (string | { name: string })[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ name: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}
