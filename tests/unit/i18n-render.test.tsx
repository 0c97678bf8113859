// @vitest-environment happy-dom
/** Real components and pages in the site's language: Dutch words, Arabic right to left, English as it always was. */
import { act, cleanup, render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import NotFound from '@/app/(site)/not-found';
import RootLayout from '@/app/(site)/layout';
import { CommentsThread } from '@/components/CommentsThread';
import { EventTimeline } from '@/components/EventTimeline';
import { eventWords, tagFilterLabels } from '@/components/island-labels';
import { EventCard } from '@/components/mdx/EventCard';
import { NextEventBlock } from '@/components/NextEventBlock';
import { Pagination } from '@/components/Pagination';
import { PostCardView } from '@/components/PostCardView';
import { TagFilter } from '@/components/TagFilter';
import type { Post, SiteConfig } from '@/lib/content';
import type { EventInfo } from '@/lib/events';
import { eventListItems } from '@/lib/publish/events';
import { translator } from '@/lib/i18n';
import { mdxComponents } from '@/components/mdx';
import { filterChip } from '@/lib/queries/home';
import { controllableViewport, LAUNCH_EVENT } from '../helpers/events';

const site = vi.hoisted(() => ({ language: 'en' }));
vi.mock('@/lib/content', async (original) => ({
  ...(await original<typeof import('@/lib/content')>()),
  getSite: () =>
    ({
      title: 'Community Notes',
      description: 'Notes from the community.',
      language: site.language,
      url: 'https://blog.example.org',
      nav: [{ label: 'Tags', href: '/tags' }],
      social: [],
      languages: [{ code: site.language, name: site.language, locale: site.language, isDefault: true }],
      lang: { code: site.language, name: site.language, locale: site.language, isDefault: true },
    }) as unknown as SiteConfig,
}));

afterEach(() => {
  cleanup();
  site.language = 'en';
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const dom = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};
const text = (el: Element | null | undefined) => el?.textContent ?? '';
const NBSP = '\u00a0';

describe('Pagination', () => {
  const nav = (lang: string) => dom(renderToStaticMarkup(<Pagination page={2} pages={3} base="/" tr={translator(lang)} />)).querySelector('nav')!;

  it('in English is what it always was', () => {
    const en = nav('en');
    expect(en.getAttribute('aria-label')).toBe('Pages');
    expect(text(en.querySelector('p'))).toBe('Page 2 of 3');
    expect(text(en.querySelector('a[rel="prev"]'))).toBe(`←${NBSP}Newer`);
    expect(text(en.querySelector('a[rel="next"]'))).toBe(`Older${NBSP}→`);
    expect(text(en.querySelector('[aria-current="page"]'))).toBe('Page 2');
    // The default, for callers that pass no language, is English too.
    expect(renderToStaticMarkup(<Pagination page={2} pages={3} base="/" />)).toBe(renderToStaticMarkup(<Pagination page={2} pages={3} base="/" tr={translator('en')} />));
  });

  it('in Dutch says it in Dutch', () => {
    const nl = nav('nl');
    expect(nl.getAttribute('aria-label')).toBe('Pagina’s');
    expect(text(nl.querySelector('p'))).toBe('Pagina 2 van 3');
    expect(text(nl.querySelector('a[rel="prev"]'))).toBe(`←${NBSP}Nieuwer`);
    expect(text(nl.querySelector('a[rel="next"]'))).toBe(`Ouder${NBSP}→`);
    expect(text(nl.querySelector('[aria-current="page"] .sr-only'))).toBe('Pagina ');
  });

  it('in Arabic points its arrows the way the page reads', () => {
    const ar = nav('ar');
    expect(text(ar.querySelector('a[rel="prev"]'))).toBe(`→${NBSP}الأحدث`);
    expect(text(ar.querySelector('a[rel="next"]'))).toBe(`الأقدم${NBSP}←`);
    expect(text(ar.querySelector('p'))).toBe('الصفحة 2 من 3');
  });
});

describe('events', () => {
  const BEFORE = LAUNCH_EVENT.start - 86_400_000;
  const DURING = LAUNCH_EVENT.start + 3_600_000;
  const later: EventInfo = { ...LAUNCH_EVENT, title: 'Autumn meetup', start: LAUNCH_EVENT.start + 180 * 86_400_000, end: LAUNCH_EVENT.end + 180 * 86_400_000 };
  const posts = [
    { slug: 'autumn', title: 'Autumn meetup', event: later },
    { slug: 'spring', title: 'What does it take to build a community?', event: LAUNCH_EVENT },
  ] as unknown as Post[];

  it('the timeline in Dutch: headings, empty lists, states, places and times', () => {
    const nl = translator('nl');
    const root = dom(renderToStaticMarkup(<EventTimeline items={eventListItems(posts, 'nl', eventWords(nl))} builtAt={DURING} tr={nl} />));
    expect([...root.querySelectorAll('h2')].map(text)).toEqual(['Binnenkort', 'Afgelopen evenementen']);
    expect(text(root)).toContain('Nog geen afgelopen evenementen.');
    expect(text(root)).toContain('Community builders meetupNu bezig');
    expect(text(root)).toContain('Aangekondigd in ‘What does it take to build a community?’');
    expect(text(root)).toContain('tijd in Amsterdam (UTC+2) · Online');
    expect(text(root)).toContain('dinsdag 11 april 2023');
    expect(text(root)).not.toMatch(/Upcoming|Past events|Happening now|Announced/);
  });

  it('the next event block in Dutch, and in English as before', () => {
    const nl = dom(renderToStaticMarkup(<NextEventBlock posts={posts} locale="nl" builtAt={BEFORE} />));
    expect([...nl.querySelectorAll('h2, h3')].map(text)).toEqual(['Volgend evenement', 'Community builders meetup']);
    expect(text(nl.querySelector('a[href="/events"]'))).toBe('Alle evenementen');
    const en = dom(renderToStaticMarkup(<NextEventBlock posts={posts} locale="en" builtAt={BEFORE} />));
    expect([...en.querySelectorAll('h2, h3')].map(text)).toEqual(['Next event', 'Community builders meetup']);
    expect(text(en)).toContain('Amsterdam time (UTC+2) · Online');
  });

  it('the event card in Dutch and in Arabic', () => {
    const nl = dom(renderToStaticMarkup(<EventCard event={LAUNCH_EVENT} slug="launch" locale="nl" builtAt={BEFORE} />));
    const shown = (root: Element) => [...root.querySelectorAll('.event-eyebrow:not([hidden])')].map(text);
    expect(shown(nl)).toEqual(['Noteer de datum']);
    expect([...nl.querySelectorAll('dt')].map(text)).toEqual(['Datum', 'Tijd', 'Waar']);
    expect(text(nl.querySelector('.event-signup'))).toBe('Aanmelden voor Community builders meetup ↗');
    expect(text(nl.querySelector('.event-calendar'))).toBe('Aan agenda toevoegen (Community builders meetup, .ics-bestand)');
    expect(text(nl.querySelector('.event-zone'))).toBe('tijd in Amsterdam (UTC+2)');
    const ar = dom(renderToStaticMarkup(<EventCard event={LAUNCH_EVENT} slug="launch" locale="ar" builtAt={BEFORE} />));
    expect(shown(ar)).toEqual(['احجز الموعد']);
    // The English event name is a bidi isolate inside the Arabic sentence.
    expect(text(ar.querySelector('.event-signup'))).toBe('سجّل في \u2068Community builders meetup\u2069 ↖');
    expect(text(ar.querySelector('.event-facts > div:last-child dd'))).toBe('عبر الإنترنت');
  });

  it('the visitor’s own time, in the browser, in Dutch', async () => {
    const viewport = controllableViewport(vi);
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat('nl', { timeZone: 'UTC' }).resolvedOptions(),
      timeZone: 'America/New_York',
    });
    const { container } = render(<EventCard event={LAUNCH_EVENT} slug="launch" locale="nl" builtAt={BEFORE} />);
    await act(async () => viewport.reach());
    spy.mockRestore();
    expect(text(container.querySelector('[data-visitor-time]')).replace(/[\u202f\u2009]/g, ' ')).toBe('In jouw tijdzone: dinsdag 11 april 2023, 07:00–11:00 tijd in New York (UTC-4)');
  });
});

describe('the home page tag filter', () => {
  const terms = [
    { slug: 'community', name: 'community', count: 3 },
    { slug: 'workshop', name: 'workshop', count: 1 },
  ];
  const panel = (lang: string) =>
    dom(
      renderToStaticMarkup(
        <TagFilter chips={terms.map((term) => filterChip(term, translator(lang)))} pageSize={10} total={4} moreTags labels={tagFilterLabels(translator(lang))}>
          <p>list</p>
        </TagFilter>,
      ),
    );

  it('in Dutch: heading, chips, counts for screen readers, the link to every tag', () => {
    const nl = panel('nl');
    // Without JavaScript the panel is links to the tag pages; with it, a filter (CSS picks before paint).
    expect(text(nl.querySelector('h2 .no-js-only'))).toBe('Berichten per tag bekijken');
    expect(text(nl.querySelector('h2 .needs-js'))).toBe('Berichten filteren op tag');
    expect(nl.querySelector('ul')!.getAttribute('aria-label')).toBe('Tags');
    expect([...nl.querySelectorAll('.sr-only')].map(text)).toEqual(['(3 berichten)', '(1 bericht)']);
    expect(text(nl.querySelector('a[href="/tags"]'))).toBe('Alle tags →');
  });

  it('in English as before, and in Arabic with its arrow turned', () => {
    const en = panel('en');
    expect(text(en.querySelector('h2 .no-js-only'))).toBe('Browse posts by tag');
    expect(text(en.querySelector('h2 .needs-js'))).toBe('Filter posts by tag');
    expect([...en.querySelectorAll('.sr-only')].map(text)).toEqual(['(3 posts)', '(1 post)']);
    expect(text(en.querySelector('a[href="/tags"]'))).toBe('All tags →');
    const ar = panel('ar');
    expect(text(ar.querySelector('h2 .no-js-only'))).toBe('تصفّح التدوينات حسب الوسم');
    expect(text(ar.querySelector('h2 .needs-js'))).toBe('تصفية التدوينات حسب الوسم');
    expect(text(ar.querySelector('a[href="/tags"]'))).toBe('كل الوسوم ←');
    expect([...ar.querySelectorAll('.sr-only')].map(text)).toEqual(['(3 تدوينات)', '(تدوينة واحدة)']);
  });
});

describe('pages', () => {
  it('the 404 page speaks the site language', () => {
    site.language = 'nl';
    const nl = dom(renderToStaticMarkup(<NotFound />));
    expect(text(nl.querySelector('h1'))).toBe('Deze pagina bestaat niet');
    expect(text(nl.querySelector('a'))).toBe('Terug naar alle berichten');
    site.language = 'en';
    const en = dom(renderToStaticMarkup(<NotFound />));
    expect(text(en.querySelector('h1'))).toBe('This page does not exist');
    expect(text(en)).toBe('404This page does not existThe link may be old, or the post may have moved.Back to all posts');
  });

  it('the layout sets <html lang dir> and translates its frame', () => {
    const html = (lang: string) => {
      site.language = lang;
      return renderToStaticMarkup(<RootLayout>page</RootLayout>);
    };
    const ar = html('ar');
    expect(ar).toMatch(/^<html lang="ar" dir="rtl"/);
    expect(ar).toContain('>انتقل إلى المحتوى</a>');
    expect(ar).toContain('aria-label="القائمة الرئيسية"');
    expect(ar).toContain('placeholder="ابحث في التدوينات"');
    const nl = html('nl-BE');
    expect(nl).toMatch(/^<html lang="nl-BE" dir="ltr"/);
    expect(nl).toContain('<span class="sr-only">Donker thema</span>');
    const en = html('en');
    expect(en).toMatch(/^<html lang="en" dir="ltr"/);
    expect(en).toContain('>Skip to content</a>');
    expect(en).toContain('aria-label="Search the blog"');
    expect(en).toContain('<nav aria-label="Follow" class="follow"><span class="follow-label">Follow:</span>');
  });
});

describe('what posts render', () => {
  it('callouts, workshop sections and copy buttons take the post’s language, which a post cannot replace', () => {
    const nl = mdxComponents(undefined, 'nl');
    const out = renderToStaticMarkup(
      <>
        <nl.Callout type="warning">x</nl.Callout>
        <nl.Drivers>y</nl.Drivers>
        <nl.YouTube id="dQw4w9WgXcQ" />
        {/* An editor's `tr="…"` is a string; the site's translator wins. */}
        <nl.Callout {...({ tr: 'nonsense' } as object)}>z</nl.Callout>
      </>,
    );
    expect(out).toContain('aria-label="Waarschuwing"');
    expect(out).toContain('<span>Drijfveren</span>');
    expect(out).toContain('>YouTube-video op YouTube</a>');
    expect(out).toContain('aria-label="Opmerking"');
    const en = renderToStaticMarkup(mdxComponents(undefined, 'en').Callout({ type: 'tip', children: 'x' }));
    expect(en).toContain('aria-label="Tip"');
  });

  it('a post card in Dutch', () => {
    const card = {
      href: '/posts/a',
      title: 'Hallo',
      dateTime: '2024-03-05',
      dateText: '5 maart 2024',
      readingMinutes: 4,
      summary: 'S',
      featured: true,
      authors: [
        { name: 'Ann', href: '/authors/ann' },
        { name: 'Bo', href: '/authors/bo' },
      ],
      tags: [{ name: 'x', slug: 'x' }],
    };
    const nl = dom(renderToStaticMarkup(<PostCardView card={card} tr={translator('nl')} />));
    expect(text(nl.querySelector('p'))).toBe('Uitgelicht');
    expect(text(nl.querySelector('p.mt-1'))).toBe('5 maart 2024 · 4 min leestijd · Ann en Bo');
    expect(nl.querySelector('ul')!.getAttribute('aria-label')).toBe('Tags van Hallo');
  });

  it('an island says its words in Dutch in the browser too', () => {
    const settings = { provider: 'giscus', repo: 'our-org/blog', repo_id: 'R', category: 'Comments', category_id: 'C', mapping: 'pathname', reactions: true, lang: 'nl' } as const;
    const { getByRole } = render(<CommentsThread settings={settings as never} tr={translator('nl')} />);
    expect(getByRole('button').textContent).toBe('Reacties tonen');
  });
});
