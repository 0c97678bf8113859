/**
 * A site in several languages: `languages:` in site.yaml (Hugo's map or our list), translations
 * by file name (`index.nl.md`, `notes.de.mdx`) and by folder (`content/nl/posts/…`), linked by
 * bundle, path or `translationKey`, and every mistake an editor can make there, with its message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, formatProblem, getTranslationsIn } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { isLanguageCode, languagesInput, splitLanguageSuffix, unlistedLanguageSuffix } from '@/lib/content/languages';
import { MESSAGE_KEYS } from '@/lib/i18n';
import { makeContent, post } from '../helpers/content';

const THREE = 'languages:\n  - code: en\n  - code: nl\n    name: Nederlands\n    title: Een blog\n  - code: ar\n';

function site(files: Record<string, string>, yaml = THREE) {
  const root = makeContent({ 'site.yaml': `title: A blog\nurl: https://blog.example.org\n${yaml}`, ...files });
  const index = buildIndex(root, false);
  const shown = (p: string) => displayPath(`${root}/${p}`);
  return { index, root, shown, messages: index.problems.map(formatProblem) };
}

const dated = (title: string, extra = '') => post(`title: ${title}\ndate: 2024-05-01${extra ? `\n${extra}` : ''}`);

describe('languages: in site.yaml', () => {
  it('keeps a one-language site as it was: language: alone, the default first', () => {
    const { index } = site({}, 'language: nl\n');
    expect(index.site.languages.map((l) => [l.code, l.isDefault, l.name, l.title])).toEqual([['nl', true, 'Nederlands', 'A blog']]);
    expect(index.site.language).toBe('nl');
  });

  it('reads a list, with each language its own title and name, the site title where it has none', () => {
    const { index, messages } = site({});
    expect(messages).toEqual([]);
    expect(index.site.language).toBe('en');
    expect(site({}, 'languages:\n  - code: ar\n    locale: ar-EG\n').index.site.language).toBe('ar-EG');
    expect(index.site.languages.map((l) => [l.code, l.name, l.title, l.isDefault])).toEqual([
      ['en', 'English', 'A blog', true],
      ['nl', 'Nederlands', 'Een blog', false],
      ['ar', 'العربية', 'A blog', false],
    ]);
  });

  it("reads Hugo's map with languageName, languageDirection and weight, and language: picks the default", () => {
    const { index, messages } = site({}, 'language: nl\nlanguages:\n  en:\n    languageName: English\n    weight: 2\n  nl:\n    languageName: Nederlands\n    weight: 1\n  he:\n    languageDirection: rtl\n    weight: 3\n');
    expect(messages).toEqual([]);
    expect(index.site.languages.map((l) => [l.code, l.name, l.dir, l.isDefault])).toEqual([
      ['nl', 'Nederlands', undefined, true],
      ['en', 'English', undefined, false],
      ['he', 'עברית', 'rtl', false],
    ]);
  });

  it('names each language in its own language, also where a Hugo configuration wrote its English name', () => {
    const { index } = site({}, 'language: he\nlanguages:\n  he:\n    languageName: Hebrew\n  fa:\n    weight: 2\n  pt-BR:\n    languageName: portuguese\n  ja:\n    name: 日本語（にほんご）\n  sv:\n    languageName: Svenska\n  nl:\n    name: Vlaams\n');
    expect(index.site.languages.map((l) => [l.code, l.name])).toEqual([
      ['he', 'עברית'],
      ['fa', 'فارسی'],
      ['pt-BR', 'Português (Brasil)'],
      ['ja', '日本語（にほんご）'],
      // A language without a catalogue is still named in its own language.
      ['sv', 'Svenska'],
      ['nl', 'Vlaams'],
    ]);
  });

  it('warns when the interface has no words in a language, which then shows English ones', () => {
    const all = `all ${MESSAGE_KEYS.length} interface messages are shown in English`;
    const expected = "a language the site's interface is written in (en, nl, de, fr, es, ar, he, fa, pt, it, ja, zh), or its words are shown in English";
    const one = site({}, 'language: sv\n');
    expect(one.messages).toEqual([`${one.shown('site.yaml')}:3 warning: language: expected ${expected}, found "sv" (${all})`]);
    const listed = site({}, 'languages:\n  - code: en\n  - code: sv-FI\n  - code: pt-BR\n  - code: zh-Hant\n');
    expect(listed.messages).toEqual([
      `${listed.shown('site.yaml')}:5 warning: languages[1].code: expected ${expected}, found "sv-FI" (${all})`,
      // Traditional Chinese is not shown in the simplified characters of the zh catalogue.
      `${listed.shown('site.yaml')}:7 warning: languages[3].code: expected ${expected}, found "zh-Hant" (${all})`,
    ]);
  });

  it('drops blank entries a template left, and reads a list of bare codes', () => {
    const { index, messages } = site({}, 'languages:\n  - en\n  -\n  - de\n');
    expect(messages).toEqual([]);
    expect(index.site.languages.map((l) => l.code)).toEqual(['en', 'de']);
  });

  it('names the file, line and field of each mistake', () => {
    const cases: [string, string][] = [
      ['languages:\n  - code: en\n  - code: EN\n', ':5 languages[1].code: expected a language listed once, found "EN", already listed as languages[0]'],
      ['language: fr\nlanguages:\n  - code: en\n  - code: nl\n', ':3 language: expected one of the codes under languages: (en, nl), the default language, found "fr"'],
      ['languages:\n  - code: english\n', ':4 languages[0].code: expected a language code such as en, nl or pt-br, found "english"'],
      ['languages:\n  - code: ar\n    dir: right\n', ':5 languages[0].dir: expected ltr or rtl, found "right"'],
      ['languages:\n  - code: en\n  - code: nl\n    nav:\n      - label: Klik\n        href: javascript:alert(1)\n', ':8 warning: languages[1].nav[0].href: expected a path on the site such as /tags, or an https:// link (the menu entry was left out), found "javascript:alert(1)"'],
      ['languages: yes\n', ':3 languages: expected a list of languages such as [{ code: en }, { code: nl, name: Nederlands }], found "yes"'],
    ];
    for (const [yaml, message] of cases) {
      const { messages, shown } = site({}, yaml);
      expect(messages).toEqual([`${shown('site.yaml')}${message}`]);
    }
  });
});

describe('translations', () => {
  it('by file name: index.nl.md beside index.md, notes.ar.md beside notes.md, each in its language', () => {
    const { index, messages } = site({
      'posts/workshop/index.md': dated('Workshop'),
      'posts/workshop/index.nl.md': dated('Werkplaats'),
      'posts/notes.md': dated('Notes'),
      'posts/notes.ar.md': dated('ملاحظات'),
      'posts/only-dutch.nl.mdx': dated('Alleen Nederlands'),
    });
    expect(messages).toEqual([]);
    const titles = (code: string) => index.byLanguage.get(code)!.posts.map((p) => `${p.slug}:${p.title}`).sort();
    expect(titles('en')).toEqual(['notes:Notes', 'workshop:Workshop']);
    expect(titles('nl')).toEqual(['only-dutch:Alleen Nederlands', 'workshop:Werkplaats']);
    expect(titles('ar')).toEqual(['notes:ملاحظات']);
    // The default language's lists are what today's pages show: no Dutch post among them.
    expect(index.posts.map((p) => p.title).sort()).toEqual(['Notes', 'Workshop']);
    const workshop = index.posts.find((p) => p.slug === 'workshop')!;
    expect(getTranslationsIn(index, workshop).map((p) => `${p.lang}:${p.title}`)).toEqual(['nl:Werkplaats']);
    // A post without a translation has none, never a link to nothing.
    const onlyDutch = index.byLanguage.get('nl')!.posts.find((p) => p.slug === 'only-dutch')!;
    expect(getTranslationsIn(index, onlyDutch)).toEqual([]);
  });

  it("by folder, as Hugo Blox's contentDir: content/nl/posts/… pairs with content/posts/… by path", () => {
    const { index, messages } = site({
      'posts/2024/workshop/index.md': dated('Workshop'),
      'nl/posts/2024/workshop/index.md': dated('Werkplaats'),
      'ar/events/meetup/index.md': post('title: لقاء\ndate: 2024-06-01T10:00:00Z\ndate_end: 2024-06-01T12:00:00Z\nlocation: online'),
      'events/meetup/index.md': post('title: Meetup\ndate: 2024-06-01T10:00:00Z\ndate_end: 2024-06-01T12:00:00Z\nlocation: online'),
    });
    expect(messages).toEqual([]);
    const workshop = index.posts.find((p) => p.slug === 'workshop')!;
    expect(getTranslationsIn(index, workshop).map((p) => `${p.lang}:${p.title}`)).toEqual(['nl:Werkplaats']);
    const meetup = index.posts.find((p) => p.slug === 'meetup')!;
    expect(getTranslationsIn(index, meetup).map((p) => `${p.lang}:${p.title}`)).toEqual(['ar:لقاء']);
  });

  it('by translationKey, when the files are not named alike; a translated slug is its own', () => {
    const { index, messages } = site({
      'posts/community-day.md': dated('Community day', 'translationKey: day-2024'),
      'posts/gemeenschapsdag.nl.md': dated('Gemeenschapsdag', 'translationKey: day-2024'),
    });
    expect(messages).toEqual([]);
    const day = index.posts[0]!;
    expect(getTranslationsIn(index, day).map((p) => `${p.lang}:${p.slug}`)).toEqual(['nl:gemeenschapsdag']);
  });

  it('lets translations share a slug, but not two posts of one language', () => {
    const { messages, shown } = site({
      'posts/a.md': dated('A', 'slug: same'),
      'posts/b.nl.md': dated('B', 'slug: same'),
      'posts/c.nl.md': dated('C', 'slug: same'),
    });
    expect(messages).toEqual([`${shown('posts/c.nl.md')}:4 slug: expected a slug no other post in nl uses, found "same", already used by ${shown('posts/b.nl.md')}`]);
  });

  it('refuses two versions of one post in one language, by key or by file and folder', () => {
    const keyed = site({
      'posts/a.md': dated('A', 'translationKey: k'),
      'posts/b.nl.md': dated('B', 'translationKey: k'),
      'posts/c.nl.md': dated('C', 'translationKey: k'),
    });
    expect(keyed.messages).toEqual([
      `${keyed.shown('posts/c.nl.md')}:4 translationKey: expected one nl version of each post, found a second one; ${keyed.shown('posts/b.nl.md')} is already the nl version of "k"`,
    ]);
    const both = site({ 'posts/x.md': dated('X'), 'posts/x.nl.md': dated('X nl'), 'nl/posts/x.md': dated('X nl again') });
    expect(both.messages).toEqual([
      `${both.shown('nl/posts/x.md')} slug: expected a slug no other post in nl uses, found "x", already used by ${both.shown('posts/x.nl.md')}`,
    ]);
  });

  it('refuses two index files of one language in a bundle', () => {
    const { messages, shown } = site({ 'posts/w/index.nl.md': dated('W'), 'posts/w/index.nl.mdx': dated('W'), 'posts/w/index.md': dated('W') });
    expect(messages).toEqual([`${shown('posts/w')} page bundle: expected one index file in nl (index.nl.mdx or index.nl.md), found both index.nl.mdx and index.nl.md`]);
  });

  it('warns when a file or folder names a language the site does not list, and says what became of it', () => {
    const { index, messages, shown } = site(
      {
        'posts/about.fr.md': dated('À propos'),
        'posts/w/index.md': dated('W'),
        'posts/w/index.de.md': dated('W de'),
        'fr/posts/x.md': dated('X'),
        'posts/v1.2.md': dated('Version 1.2'),
      },
      'languages:\n  - code: en\n  - code: nl\n',
    );
    expect(messages).toEqual([
      `${shown('fr')} warning: folder: expected "fr" listed under languages: in content/site.yaml, to publish its posts, found a language folder the site does not list (nothing in it was published)`,
      `${shown('posts/about.fr.md')} warning: file: expected "fr" listed under languages: in content/site.yaml, to publish it as a translation, found a post of its own, /posts/aboutfr`,
      `${shown('posts/w/index.de.md')} warning: file: expected "de" listed under languages: in content/site.yaml, to publish it as a translation, found nothing (a second index of the bundle; it was left out)`,
    ]);
    expect(index.posts.map((p) => p.slug).sort()).toEqual(['aboutfr', 'v12', 'w']);
  });

  it('on a one-language site, reads a dotted name as a name (no warning for what is not a language)', () => {
    const { index, messages } = site({ 'posts/release.v2.md': dated('Release'), 'posts/notes.md': dated('Notes') }, '');
    expect(messages).toEqual([]);
    expect(index.posts.map((p) => [p.slug, p.lang]).sort()).toEqual([['notes', 'en'], ['releasev2', 'en']]);
  });
});

describe('links in the content folder', () => {
  it('are never followed: a linked post, bundle index or translation is left out and said so', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), dated('Not for the site'));
    const { root } = site({ 'posts/w/index.md': dated('W'), 'posts/real.md': dated('Real') });
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'posts/leak.md'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'posts/w/index.nl.md'));
    fs.symlinkSync(outside, path.join(root, 'posts/folder'));
    const index = buildIndex(root, false);
    const shown = (p: string) => displayPath(`${root}/${p}`);
    expect(index.problems.map(formatProblem)).toEqual([
      `${shown('posts/folder')} warning: file: expected a file or folder in the content folder itself (links are not followed), found a link (symlink); it was left out`,
      `${shown('posts/leak.md')} warning: file: expected a file or folder in the content folder itself (links are not followed), found a link (symlink); it was left out`,
      `${shown('posts/w/index.nl.md')} warning: file: expected a file or folder in the content folder itself (links are not followed), found a link (symlink); it was left out`,
    ]);
    expect(index.everyPost.map((p) => `${p.lang}:${p.title}`).sort()).toEqual(['en:Real', 'en:W']);
  });
});

describe('language codes and file names', () => {
  it('knows a code from a word', () => {
    expect(['en', 'nl', 'pt-BR', 'zh-Hant', 'es-419'].map(isLanguageCode)).toEqual([true, true, true, true, true]);
    expect(['english', '', 'e', 'en_US', '12'].map(isLanguageCode)).toEqual([false, false, false, false, false]);
  });

  it('splits a listed suffix off, case-insensitively, and leaves others in the name', () => {
    const codes = new Map([['nl', 'nl'], ['pt-br', 'pt-BR']]);
    expect(splitLanguageSuffix('index.nl', codes)).toEqual({ name: 'index', lang: 'nl' });
    expect(splitLanguageSuffix('notes.PT-BR', codes)).toEqual({ name: 'notes', lang: 'pt-BR' });
    expect(splitLanguageSuffix('v1.2', codes)).toEqual({ name: 'v1.2' });
    expect(splitLanguageSuffix('.nl', codes)).toEqual({ name: '.nl' });
    expect(unlistedLanguageSuffix('about.fr')).toBe('fr');
    expect(unlistedLanguageSuffix('v1.2')).toBeUndefined();
    expect(unlistedLanguageSuffix('release.v2')).toBeUndefined();
  });

  it("orders Hugo's map by weight, then as written", () => {
    expect(languagesInput({ b: { weight: 2 }, a: {}, c: { weight: 1 } })).toMatchObject([{ code: 'c' }, { code: 'b' }, { code: 'a' }]);
  });
});
