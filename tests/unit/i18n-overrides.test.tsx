/**
 * A site's own words: content/i18n/<code>.yaml rewords the interface of one language by message
 * key, flat or nested, plural forms too; every mistake is a located warning and the built-in
 * words stay.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildIndex, formatProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { translator } from '@/lib/i18n';
import { mdxComponents } from '@/components/mdx';
import NotFound from '@/app/(site)/not-found';
import { makeContent } from '../helpers/content';
import { useContentDir } from '../helpers/blog';

const useContent = useContentDir();

function site(files: Record<string, string>, yaml = 'language: nl\n') {
  const root = makeContent({ 'site.yaml': `title: Buurtblog\nurl: https://blog.example.org\n${yaml}`, ...files });
  const index = buildIndex(root, false);
  return { root, index, shown: (p: string) => displayPath(`${root}/${p}`), messages: index.problems.map(formatProblem) };
}

describe('content/i18n/<code>.yaml', () => {
  it('rewords messages, flat or nested, with plural forms; a key left empty keeps the built-in words', () => {
    const { index, messages } = site({
      'i18n/nl.yaml': [
        '# Our own words',
        '"notFound.title": Hier staat niets',
        'notFound:',
        '  back: Naar de voorpagina',
        'reading.minutes:',
        '  one: "{n} minuutje"',
        '  other: "{n} minuutjes"',
        'search.placeholder:',
        'callout.note: Let op',
      ].join('\n'),
    });
    expect(messages).toEqual([]);
    const nl = index.site.languages[0]!;
    const tr = translator(index.site.language, nl.messages);
    expect(tr.t('notFound.title')).toBe('Hier staat niets');
    expect(tr.t('notFound.back')).toBe('Naar de voorpagina');
    expect([tr.t('reading.minutes', { n: 1 }), tr.t('reading.minutes', { n: 4 })]).toEqual(['1 minuutje', '4 minuutjes']);
    expect(tr.t('search.placeholder')).toBe(translator('nl').t('search.placeholder'));
    // The post body's components take them too.
    const { Callout } = mdxComponents(undefined, index.site.language, true, nl.messages);
    expect(renderToStaticMarkup(<Callout type="note">x</Callout>)).toContain('Let op');
  });

  it('reaches the pages', () => {
    const { root } = site({ 'i18n/nl.yaml': 'notFound.title: Hier staat niets\n' });
    useContent(root);
    expect(renderToStaticMarkup(<NotFound />)).toContain('Hier staat niets');
  });

  it('names the file, line and key of each mistake, and keeps the built-in words there', () => {
    const { index, messages, shown } = site({
      'i18n/nl.yml': ['nav.postz: Berichten', 'notFound.title: "Niets bij {slug}"', 'notFound.back: [a, b]', 'reading.minutes:', '  few: "{n}"', 'layout: { skipToContent: "" }'].join('\n'),
    });
    const file = shown('i18n/nl.yml');
    expect(messages).toEqual([
      `${file}:1 warning: nav.postz: expected a message key of the interface, such as search.placeholder or reading.minutes (see lib/i18n/en.json; it was left out), found "nav.postz"`,
      `${file}:2 warning: notFound.title: expected no placeholders: this message has none (it was left out), found {slug}`,
      `${file}:3 warning: notFound.back: expected the words as text, or plural forms such as { one: "{n} bericht", other: "{n} berichten" } (it was left out), found a mapping (["a","b"])`,
      `${file}:4 warning: reading.minutes: expected the words as text, or plural forms such as { one: "{n} bericht", other: "{n} berichten" } (it was left out), found a mapping ({"few":"{n}"})`,
    ]);
    expect(translator(index.site.language, index.site.languages[0]!.messages).t('notFound.title')).toBe('Deze pagina bestaat niet');
  });

  it('counts its words as shipped: a language the site words itself is not said to be in English', () => {
    const { messages, shown } = site({ 'i18n/sv.yaml': 'notFound.title: Den här sidan finns inte\n' }, 'language: sv\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${shown('site.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3 warning: language: .*"sv" \\(\\d+ of \\d+ interface messages are shown in English: `));
  });

  it('a file that is not YAML is an error naming it', () => {
    const { messages, shown } = site({ 'i18n/nl.yaml': 'notFound.title: [unclosed\n' });
    expect(messages[0]).toMatch(new RegExp(`^${shown('i18n/nl.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)? i18n: expected valid YAML or JSON, found `));
  });
});

describe("a Hugo site's own i18n/<lang>.toml, .yaml or .json", () => {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it("carries Hugo's ids where they name words of ours, {{ .Count }} as the number; our own keys win", () => {
    const { index, messages, shown } = site(
      {
        'i18n/he.toml': [
          '# From the Hugo site',
          '"share.heading" = "ספרו לחברים"',
          'toc = "מה בפוסט"',
          'btn_copy = "העתיקו"',
          '',
          '[related]',
          'other = "עוד מהסדנה"',
          '',
          '[reading_time]',
          'one = "דקה של קריאה"',
          'two = "שתי דקות של קריאה"',
          'other = "{{ .Count }} דקות של קריאה"',
          '',
          '[last_updated]',
          'other = "עודכן לאחרונה"',
          '',
          '[share]',
          'other = "שתפו"',
          '',
          '[readMore]',
          'other = "להמשך קריאה"',
          '',
          '[wordCount]',
          'other = "{{ .WordCount }} מילים"',
        ].join('\n'),
      },
      'language: he\n',
    );
    const he = translator('he', index.site.languages[0]!.messages);
    expect(he.t('share.heading')).toBe('ספרו לחברים');
    expect([he.t('toc.heading'), he.t('toc.label')]).toEqual(['מה בפוסט', 'מה בפוסט']);
    expect(he.t('code.copy')).toBe('העתיקו');
    expect(he.t('related.heading')).toBe('עוד מהסדנה');
    expect([1, 2, 7].map((n) => he.t('reading.minutes', { n }))).toEqual(['דקה של קריאה', 'שתי דקות של קריאה', '7 דקות של קריאה']);
    // Hugo writes "Last updated" before the date it puts after it.
    expect(he.t('post.updated', { date: '3 במרץ' })).toBe('עודכן לאחרונה \u20683 במרץ\u2069');
    // Unmapped words of the theme are named once; a Go template value we cannot fill, at its line.
    expect(messages).toEqual([
      `${shown('i18n/he.toml')}:20 warning: i18n: expected our message keys, or Hugo ids this interface shows (toc, related, reading_time, btn_copy … see CONTENT.md); a theme's own words were left out, found 2 other ids: readMore, wordCount`,
    ]);
  });

  it("reads Hugo's older list of { id, translation } in YAML, and JSON", () => {
    const yaml = site({ 'i18n/pt.yaml': ['- id: related', '  translation: Leia também', '- id: minute_read', '  translation: min de leitura', '- id: btn_preprint', '  translation: Pré-print'].join('\n') }, 'language: pt\n');
    const pt = translator('pt', yaml.index.site.languages[0]!.messages);
    expect(pt.t('related.heading')).toBe('Leia também');
    // Hugo Blox writes the number before "min read" itself.
    expect(pt.t('reading.minutes', { n: 4 })).toBe('4 min de leitura');
    expect(yaml.messages).toEqual([
      `${yaml.shown('i18n/pt.yaml')}:5 warning: i18n: expected our message keys, or Hugo ids this interface shows (toc, related, reading_time, btn_copy … see CONTENT.md); a theme's own words were left out, found 1 other id: btn_preprint`,
    ]);
    const json = site({ 'i18n/it.json': '{\n  "toc": { "other": "Indice dei contenuti" },\n  "search.placeholder": "Cerca…"\n}\n' }, 'language: it\n');
    const it = translator('it', json.index.site.languages[0]!.messages);
    expect([it.t('toc.heading'), it.t('search.placeholder')]).toEqual(['Indice dei contenuti', 'Cerca…']);
    expect(json.messages).toEqual([]);
  });

  it('takes every spelling themes give one meaning, each for the same words of ours', () => {
    const spellings: [ids: string[], words: string, expected: Record<string, string>][] = [
      [['toc', 'table_of_contents', 'tableofcontents'], 'Inhoud', { 'toc.heading': 'Inhoud', 'toc.label': 'Inhoud' }],
      [['related', 'related_posts', 'see_also'], 'Lees ook', { 'related.heading': 'Lees ook' }],
      [['reading_time', 'readingtime', 'read_time', 'minute_read', 'min_read'], 'min leestijd', { 'reading.minutes': '{n} min leestijd' }],
      [['search_no_results', 'no_results'], 'Niets gevonden', { 'search.none': 'Niets gevonden' }],
      [['share', 'share_this'], 'Deel', { 'share.heading': 'Deel' }],
      [['btn_copy', 'code_copy', 'copy'], 'Kopieer', { 'code.copy': 'Kopieer' }],
      [['btn_copied', 'code_copied', 'copied'], 'Gekopieerd!', { 'code.copied': 'Gekopieerd!' }],
      [['last_updated', 'lastmod'], 'Bijgewerkt', { 'post.updated': 'Bijgewerkt {date}' }],
      [['page_not_found', '404_title'], 'Niet gevonden', { 'notFound.title': 'Niet gevonden' }],
    ];
    for (const [ids, words, expected] of spellings) {
      for (const id of ids) {
        const { index, messages } = site({ 'i18n/nl.yaml': `${id}: ${words}\n` });
        expect(messages, id).toEqual([]);
        expect(index.site.languages[0]!.messages, id).toEqual(expected);
      }
    }
  });

  it('takes ids named like object properties for what they are: words of a theme', () => {
    const { index, messages, shown } = site({ 'i18n/he.yaml': '__proto__:\n  other: x\nconstructor: y\ntoString: z\ntoc: תוכן\n' }, 'language: he\n');
    expect(translator('he', index.site.languages[0]!.messages).t('toc.heading')).toBe('תוכן');
    expect(Object.keys(index.site.languages[0]!.messages!)).toEqual(['toc.heading', 'toc.label']);
    expect(messages).toEqual([
      `${shown('i18n/he.yaml')}:1 warning: i18n: expected our message keys, or Hugo ids this interface shows (toc, related, reading_time, btn_copy … see CONTENT.md); a theme's own words were left out, found 3 other ids: __proto__, constructor, toString`,
    ]);
  });

  it('names the file and line of a Hugo text it cannot use, and of a file that is not TOML', () => {
    const bad = site({ 'i18n/he.toml': ['[related]', 'other = "עוד מ{{ .Site.Title }}"', '', '[toc]', 'one = 3', 'other = "תוכן"'].join('\n') }, 'language: he\n');
    expect(bad.messages).toEqual([
      `${bad.shown('i18n/he.toml')}:1 warning: related: expected text, with {{ .Count }} for the number where there is one (other template values cannot be filled here; it was left out), found "עוד מ{{ .Site.Title }}"`,
      `${bad.shown('i18n/he.toml')}:4 warning: toc: expected the words as text, or plural forms such as { one: "{{ .Count }} minute", other: "{{ .Count }} minutes" } (it was left out), found a mapping ({"one":3,"other":"תוכן"})`,
    ]);
    expect(translator('he', bad.index.site.languages[0]!.messages).t('related.heading')).toBe(translator('he').t('related.heading'));
    const broken = site({ 'i18n/he.toml': 'toc = "מה בפוסט"\n[related\nother = "x"\n' }, 'language: he\n');
    expect(broken.messages).toHaveLength(1);
    expect(broken.messages[0]).toMatch(new RegExp(`^${escape(broken.shown('i18n/he.toml'))}:2 i18n: expected valid TOML, found `));
  });
});

