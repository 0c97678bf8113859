import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventWords, tagFilterLabels } from '@/components/island-labels';
import { describeWhen, ENGLISH_EVENT_WORDS, locationLabel, zoneLabel } from '@/lib/events';
import { catalogueFor, MESSAGE_KEYS, missingKeys, SHIPPED_LANGUAGES, textDirection, translator, type Catalogue, type MessageKey } from '@/lib/i18n';
import ar from '@/lib/i18n/ar.json';
import de from '@/lib/i18n/de.json';
import en from '@/lib/i18n/en.json';
import es from '@/lib/i18n/es.json';
import fa from '@/lib/i18n/fa.json';
import fr from '@/lib/i18n/fr.json';
import he from '@/lib/i18n/he.json';
import italian from '@/lib/i18n/it.json';
import ja from '@/lib/i18n/ja.json';
import pt from '@/lib/i18n/pt.json';
import zh from '@/lib/i18n/zh.json';
import nl from '@/lib/i18n/nl.json';
import { formatMessage, isPluralForms, placeholders, pluralCategories, say, type Message } from '@/lib/message-format';
import { describeMatches, ENGLISH_MATCH_WORDS } from '@/lib/terms/tag-filter';
import { LAUNCH_EVENT } from '../helpers/events';

const CATALOGUES: Record<string, Catalogue> = { nl, de, fr, es, ar, he, fa, pt, it: italian, ja, zh };

/**
 * Keys a shipped language may leave to English, by language. Empty on purpose: every shipped
 * language translates everything; a key listed here shows in English on that language's pages.
 */
const ALLOWED_FALLBACKS: Record<string, readonly MessageKey[]> = {};

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));
const namesIn = (m: Message) => new Set(forms(m).flatMap(placeholders));

describe('the shipped catalogues', () => {
  it('are English, Dutch, German, French, Spanish, Arabic, Hebrew, Persian, Portuguese, Italian, Japanese and Simplified Chinese', () => {
    expect(SHIPPED_LANGUAGES).toEqual(['en', 'nl', 'de', 'fr', 'es', 'ar', 'he', 'fa', 'pt', 'it', 'ja', 'zh']);
    expect(MESSAGE_KEYS.length).toBeGreaterThan(150);
  });

  it.each(Object.keys(CATALOGUES))('%s has every key, none of them blank (or the key is an allowed fallback)', (lang) => {
    const catalogue = CATALOGUES[lang]!;
    const allowed = ALLOWED_FALLBACKS[lang] ?? [];
    const blank = MESSAGE_KEYS.filter((key) => {
      const m = catalogue[key];
      return m === undefined || forms(m).some((f) => f.trim() === '');
    });
    expect(blank.filter((k) => !allowed.includes(k))).toEqual([]);
    expect(missingKeys(lang)).toEqual(allowed);
    // No key that English does not have (a typo would never be shown).
    expect(Object.keys(catalogue).filter((k) => !(k in en))).toEqual([]);
  });

  it.each(Object.keys(CATALOGUES))('%s keeps every placeholder of English and adds none', (lang) => {
    const problems: string[] = [];
    for (const key of MESSAGE_KEYS) {
      const english = namesIn(en[key]);
      const translated = CATALOGUES[lang]![key]!;
      for (const name of namesIn(translated)) if (!english.has(name)) problems.push(`${key}: unknown {${name}}`);
      for (const name of english) {
        // A plural form may spell the number out ("تدوينتان", "Das beste Ergebnis"); `other` never does.
        const must = name === 'n' && isPluralForms(translated) ? [translated.other] : forms(translated);
        if (must.some((f) => !placeholders(f).includes(name))) problems.push(`${key}: lacks {${name}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(['en', ...Object.keys(CATALOGUES)])('%s has a form for every plural category its language uses, and no other', (lang) => {
    const catalogue: Catalogue = lang === 'en' ? en : CATALOGUES[lang]!;
    const needed = pluralCategories(lang);
    if (lang === 'ar') expect([...needed].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    if (lang === 'fr' || lang === 'es' || lang === 'pt' || lang === 'it') expect(needed).toContain('many');
    if (lang === 'he') expect([...needed].sort()).toEqual(['one', 'other', 'two']);
    if (lang === 'ja' || lang === 'zh') expect(needed).toEqual(['other']);
    const problems = MESSAGE_KEYS.flatMap((key) => {
      const m = catalogue[key]!;
      if (isPluralForms(en[key]) !== isPluralForms(m)) return [`${key}: ${isPluralForms(m) ? 'plural where English is not' : 'not plural'}`];
      if (!isPluralForms(m)) return [];
      // A form the language never selects (German `few`, a misspelt `manny`) would never be shown.
      const unused = Object.keys(m).filter((c) => !(needed as string[]).includes(c));
      return [...needed.filter((c) => typeof m[c] !== 'string').map((c) => `${key}: no ${c}`), ...unused.map((c) => `${key}: ${c} is no plural category of ${lang}`)];
    });
    expect(problems).toEqual([]);
  });
});

describe('translator', () => {
  it('fills placeholders and picks the plural form of the language', () => {
    expect(translator('en').t('pagination.pageOf', { page: 2, pages: 7 })).toBe('Page 2 of 7');
    expect(translator('nl').t('pagination.pageOf', { page: 2, pages: 7 })).toBe('Pagina 2 van 7');
    expect([1, 3].map((n) => translator('en').t('posts.count', { n }))).toEqual(['1 post', '3 posts']);
    expect([1, 3].map((n) => translator('nl').t('posts.count', { n }))).toEqual(['1 bericht', '3 berichten']);
    expect([0, 1, 2, 3, 11, 100].map((n) => translator('ar').t('posts.count', { n }))).toEqual([
      'لا تدوينات',
      'تدوينة واحدة',
      'تدوينتان',
      '3 تدوينات',
      '11 تدوينة',
      '100 تدوينة',
    ]);
    expect(translator('fr').t('posts.count', { n: 1_000_000 })).toBe('1\u202f000\u202f000 d’articles');
    expect(translator('fr').t('posts.count', { n: 0 })).toBe('0 article');
  });

  it('keeps an English value in an Arabic sentence in its own direction, and leaves English text as it is', () => {
    expect(translator('ar').t('events.announcedIn', { title: 'Why we meet?' })).toBe('أُعلن عنها في «\u2068Why we meet?\u2069»');
    expect(translator('en').t('events.announcedIn', { title: 'Why we meet?' })).toBe('Announced in “Why we meet?”');
    expect(translator('ar').t('posts.count', { n: 3 })).not.toMatch(/[\u2068\u2069]/);
  });

  it('writes numbers the way the language does', () => {
    expect(translator('en').t('posts.count', { n: 1234 })).toBe('1,234 posts');
    expect(translator('nl').t('posts.count', { n: 1234 })).toBe('1.234 berichten');
    expect(translator('ar-EG').t('reading.minutes', { n: 5 })).toBe('٥ دقائق قراءة');
  });

  it('leaves a placeholder without a value, and never reads a value as a placeholder', () => {
    expect(translator('en').t('post.by')).toBe('By {authors}');
    expect(translator('en').t('author.postsBy', { name: '{name} & {n}' })).toBe('Posts by {name} & {n}');
  });

  it('takes the base language for a regional one, and English for a language not shipped, never a blank or a key', () => {
    expect(catalogueFor('nl-BE')).toBe('nl');
    expect(catalogueFor('NL')).toBe('nl');
    expect(catalogueFor('de_AT')).toBe('de');
    expect(catalogueFor('ar-EG')).toBe('ar');
    expect(catalogueFor('pt-BR')).toBe('pt');
    expect(catalogueFor('zh-Hans-CN')).toBe('zh');
    expect(catalogueFor('zh-CN')).toBe('zh');
    // Traditional Chinese readers are not given simplified characters.
    expect([catalogueFor('zh-Hant'), catalogueFor('zh-TW'), catalogueFor('zh-HK')]).toEqual([undefined, undefined, undefined]);
    expect(catalogueFor('sv')).toBeUndefined();
    expect(catalogueFor('constructor')).toBeUndefined();
    expect(catalogueFor('not a language')).toBeUndefined();
    expect(translator('nl-BE').t('pagination.newer')).toBe('Nieuwer');
    expect(translator('nl-BE').lang).toBe('nl-BE');
    const sv = translator('sv');
    expect(missingKeys('sv')).toEqual(MESSAGE_KEYS);
    for (const key of MESSAGE_KEYS) {
      const text = sv.t(key, { n: 2 });
      expect(text).toBe(translator('en').t(key, { n: 2 }));
      expect(text.trim()).not.toBe('');
      expect(text).not.toBe(key);
    }
  });

  it('lets a site override or reword a message; a blank override counts as none', () => {
    const tr = translator('nl', { 'pagination.newer': 'Recenter', 'posts.count': '{n} stukken', 'search.results': { one: 'één treffer', other: '{n} treffers' } });
    expect(tr.t('pagination.newer')).toBe('Recenter');
    expect(tr.t('posts.count', { n: 1 })).toBe('1 stukken');
    expect([1, 4].map((n) => tr.t('search.results', { n }))).toEqual(['één treffer', '4 treffers']);
    expect(tr.t('pagination.older')).toBe('Ouder');
    expect(tr.labels({ newer: 'pagination.newer' }).messages.newer).toBe('Recenter');
    expect(translator('nl', { 'pagination.newer': '  ' }).t('pagination.newer')).toBe('Nieuwer');
    expect(translator('sv', { 'pagination.newer': 'Nyare' }).t('pagination.newer')).toBe('Nyare');
    // The plain translator is cached and untouched by overrides.
    expect(translator('nl')).toBe(translator('nl'));
    expect(translator('nl').t('pagination.newer')).toBe('Nieuwer');
    expect(translator('nl', { 'pagination.newer': 'x' })).not.toBe(translator('nl'));
  });

  it('hands an island its messages unformatted, with the language and direction', () => {
    const labels = translator('ar').labels({ count: 'posts.count', where: 'event.where' });
    expect(labels).toEqual({ lang: 'ar', dir: 'rtl', messages: { count: ar['posts.count'], where: 'المكان' } });
    expect(say(labels, 'count', { n: 2 })).toBe('تدوينتان');
    expect(JSON.parse(JSON.stringify(labels))).toEqual(labels);
  });
});

describe('textDirection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is right to left for Arabic, Hebrew, Persian, Urdu and Arabic script, left to right otherwise', () => {
    for (const lang of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'az-Arab', 'pa-Arab']) expect(textDirection(lang), lang).toBe('rtl');
    for (const lang of ['en', 'nl-BE', 'de', 'fr', 'es', 'az', 'zh-Hant', 'sd-Deva']) expect(textDirection(lang), lang).toBe('ltr');
    expect(translator('ar').dir).toBe('rtl');
    expect(translator('en').dir).toBe('ltr');
  });

  it('still knows without Intl text info, from the script and then a list of languages', () => {
    class NoTextInfo extends Intl.Locale {
      get textInfo() {
        return undefined;
      }
    }
    vi.stubGlobal('Intl', { ...Intl, Locale: NoTextInfo });
    expect(['he', 'ur', 'ckb', 'en', 'sr-Cyrl'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
    vi.stubGlobal('Intl', {
      ...Intl,
      Locale: class {
        constructor() {
          throw new RangeError('no Intl.Locale');
        }
      },
    });
    expect(['fa', 'yi', 'nl'].map(textDirection)).toEqual(['rtl', 'rtl', 'ltr']);
  });
});

describe('English wording kept beside lib/ for calendar files and tests', () => {
  it('lib/events words are the English catalogue’s, and translate', () => {
    expect(eventWords(translator('en'))).toEqual(ENGLISH_EVENT_WORDS);
    const words = eventWords(translator('nl'));
    expect(zoneLabel('Europe/Amsterdam', LAUNCH_EVENT.start, words.zone)).toBe('tijd in Amsterdam (UTC+2)');
    expect(locationLabel(LAUNCH_EVENT, eventWords(translator('fr')).online)).toBe('En ligne');
    expect(locationLabel({ location: 'De Balie' }, words.online)).toBe('De Balie');
    expect(describeWhen({ ...LAUNCH_EVENT, allDay: true }, 'de', eventWords(translator('de'))).time).toBe('Ganztägig');
  });

  it('the filter’s English live-region words are the catalogue’s, and translate', () => {
    const en = tagFilterLabels(translator('en'));
    for (const [name, m] of Object.entries(ENGLISH_MATCH_WORDS.messages)) expect(en.messages[name as keyof typeof en.messages]).toEqual(m);
    expect(describeMatches(3, ['a', 'b', 'c'], 'any', en)).toBe('3 posts have any of #a, #b or #c.');
    expect(describeMatches(1, ['community', 'workshop'], 'all', tagFilterLabels(translator('nl')))).toBe('1 bericht heeft alle tags #community en #workshop.');
    expect(describeMatches(2, ['x'], 'all', tagFilterLabels(translator('ar')))).toBe('تدوينتان تحملان الوسم \u2068#x\u2069.');
  });

  it('formatMessage takes `other` where no count is given', () => {
    expect(formatMessage('en', { one: 'one', other: 'many' })).toBe('many');
  });
});

/** Runtime imports of a source file, resolved to files of the project. */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gms)].map((m) => (m[1] ?? m[2])!);
  return specs.flatMap((spec) => {
    const base = spec.startsWith('@/') ? path.resolve(spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : undefined;
    if (!base) return [];
    // A catalogue is imported by its file name (en.json), a module without its ending.
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    return found ? [found] : [];
  });
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('the browser gets no catalogue', () => {
  it('no client module reaches lib/i18n, directly or through what it imports', () => {
    const I18N = path.resolve('lib/i18n');
    const clients = [...sources(path.resolve('components')), ...sources(path.resolve('app'))].filter((f) => /^\s*['"]use client['"]/.test(fs.readFileSync(f, 'utf8')));
    expect(clients.length).toBeGreaterThan(8);
    const offenders: string[] = [];
    for (const client of clients) {
      const seen = new Set<string>();
      const walk = (file: string, trail: string[]) => {
        if (seen.has(file)) return;
        seen.add(file);
        if (file.startsWith(I18N + path.sep)) offenders.push([...trail, file].map((f) => path.relative('.', f)).join(' → '));
        else for (const next of imports(file)) walk(next, [...trail, file]);
      };
      walk(client, []);
    }
    expect(offenders).toEqual([]);
  });

  it('the check would see one that did', () => {
    expect(imports(path.resolve('components/PostCardView.tsx'))).toContain(path.resolve('lib/i18n/index.ts'));
    expect(imports(path.resolve('lib/content/i18n-overrides.ts'))).toContain(path.resolve('lib/i18n/en.json'));
  });
});
