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
      `${file}:1 warning: nav.postz: expected a message key of the interface, such as search.placeholder or reading.minutes (see lib/i18n/en.ts; it was left out), found "nav.postz"`,
      `${file}:2 warning: notFound.title: expected no placeholders: this message has none (it was left out), found {slug}`,
      `${file}:3 warning: notFound.back: expected the words as text, or plural forms such as { one: "{n} bericht", other: "{n} berichten" } (it was left out), found a mapping (["a","b"])`,
      `${file}:4 warning: reading.minutes: expected the words as text, or plural forms such as { one: "{n} bericht", other: "{n} berichten" } (it was left out), found a mapping ({"few":"{n}"})`,
    ]);
    expect(translator(index.site.language, index.site.languages[0]!.messages).t('notFound.title')).toBe('Deze pagina bestaat niet');
  });

  it('counts its words as shipped: a language the site words itself is not said to be in English', () => {
    const { messages, shown } = site({ 'i18n/pt.yaml': 'notFound.title: Esta página não existe\n' }, 'language: pt\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${shown('site.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3 warning: language: .*"pt" \\(\\d+ of \\d+ interface messages are shown in English: `));
  });

  it('a file that is not YAML is an error naming it', () => {
    const { messages, shown } = site({ 'i18n/nl.yaml': 'notFound.title: [unclosed\n' });
    expect(messages[0]).toMatch(new RegExp(`^${shown('i18n/nl.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)? i18n: expected valid YAML or JSON, found `));
  });
});
