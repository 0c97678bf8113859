// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventTimeline } from '@/components/EventTimeline';
import { EventJsonLd } from '@/components/EventJsonLd';
import { EventCard } from '@/components/mdx/EventCard';
import { NextEventBlock } from '@/components/NextEventBlock';
import type { Post } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import type { EventInfo } from '@/lib/events';
import { eventListItems } from '@/lib/publish/events';
import { post } from '../helpers/content';
import { controllableViewport, LAUNCH_EVENT, LAUNCH_EVENT_YAML } from '../helpers/events';
import { compileProblems, renderPostBody } from '../helpers/render';

const BEFORE = LAUNCH_EVENT.start - 86_400_000;
const DURING = LAUNCH_EVENT.start + 3600_000;
const AFTER = LAUNCH_EVENT.end + 86_400_000;
const SLUG = 'what-does-it-take-to-build-a-community';

/** Parses server HTML the way a browser without JavaScript would see it. */
function page(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const visible = (el: Element | null) => {
    for (let e = el; e; e = e.parentElement) if (e.hasAttribute('hidden')) return false;
    return el !== null;
  };
  return {
    root,
    visibleText: (selector: string) => [...root.querySelectorAll(selector)].filter(visible).map((e) => e.textContent),
    signup: () => [...root.querySelectorAll('a.event-signup')].filter(visible) as HTMLAnchorElement[],
  };
}

const card = (builtAt: number, event: EventInfo = LAUNCH_EVENT) => <EventCard event={event} slug={SLUG} locale="en" builtAt={builtAt} />;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the event card without JavaScript (the state when the site was built)', () => {
  it('before the event: save the date, date, local time with its zone, location, signup and calendar links', () => {
    const p = page(renderToStaticMarkup(card(BEFORE)));
    expect(p.visibleText('.event-eyebrow')).toEqual(['Save the date']);
    expect(p.visibleText('h3')).toEqual(['Community builders meetup']);
    const facts = p.visibleText('dd').map((t) => t!.replace(/[\u202f\u2009]/g, ' '));
    expect(facts).toEqual(['Tuesday, April 11, 2023', '1:00 – 5:00 PM Amsterdam time (UTC+2)', 'Online']);
    const [signup] = p.signup();
    expect(signup!.href).toBe('https://share-eu1.hsforms.com/1zby6H9bOQ3S6A3h8NTGORAf6b89');
    expect(signup!.rel).toBe('noopener noreferrer');
    expect(signup!.textContent).toBe('Sign up for Community builders meetup ↗');
    const calendar = p.root.querySelector('a.event-calendar')!;
    expect(calendar.getAttribute('href')).toBe(`/events/${SLUG}.ics`);
    expect(p.visibleText('.event-ended')).toEqual([]);
    expect(p.root.querySelector('section')!.getAttribute('aria-labelledby')).toBe(p.root.querySelector('h3')!.id);
  });

  it('during the event: happening now, signup still open', () => {
    const p = page(renderToStaticMarkup(card(DURING)));
    expect(p.visibleText('.event-eyebrow')).toEqual(['Happening now']);
    expect(p.signup()).toHaveLength(1);
  });

  it('after the event: says it has ended and shows no signup button', () => {
    const p = page(renderToStaticMarkup(card(AFTER)));
    expect(p.visibleText('.event-eyebrow')).toEqual(['Past event']);
    expect(p.visibleText('.event-ended')).toEqual(['This event has ended.']);
    expect(p.signup()).toEqual([]);
    expect(p.visibleText('a.event-calendar')).toEqual([]);
  });

  it('after the signup deadline: registration has closed, calendar links still offered', () => {
    const p = page(renderToStaticMarkup(card(BEFORE, { ...LAUNCH_EVENT, signupDeadline: BEFORE - 1 })));
    expect(p.signup()).toEqual([]);
    expect(p.visibleText('.event-closed')).toEqual(['Registration has closed.']);
    expect(p.visibleText('a.event-calendar')).toHaveLength(1);
  });

  it('offers Google Calendar and Outlook links with the event in UTC, its place and its details', () => {
    const p = page(renderToStaticMarkup(card(BEFORE)));
    const links = [...p.root.querySelectorAll('a.event-calendar-service')] as HTMLAnchorElement[];
    expect(links.map((a) => a.textContent)).toEqual(['Google Calendar (add Community builders meetup)', 'Outlook (add Community builders meetup)']);
    const google = new URL(links[0]!.href);
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(google.searchParams)).toMatchObject({
      action: 'TEMPLATE',
      text: 'Community builders meetup',
      dates: '20230411T110000Z/20230411T150000Z',
      location: 'online',
    });
    expect(google.searchParams.get('details')).toContain('Sign up: https://share-eu1.hsforms.com/1zby6H9bOQ3S6A3h8NTGORAf6b89');
    const outlook = new URL(links[1]!.href);
    expect(outlook.origin + outlook.pathname).toBe('https://outlook.live.com/calendar/0/action/compose');
    expect(Object.fromEntries(outlook.searchParams)).toMatchObject({
      rru: 'addevent',
      subject: 'Community builders meetup',
      startdt: '2023-04-11T11:00:00Z',
      enddt: '2023-04-11T15:00:00Z',
    });
    expect(links.every((a) => a.rel === 'noopener noreferrer')).toBe(true);
  });

  it('without a signup link or an end: no button, the start time only, a place as written', () => {
    const p = page(renderToStaticMarkup(card(BEFORE, { ...LAUNCH_EVENT, signupUrl: undefined, hasEnd: false, online: false, location: 'De Balie, Amsterdam' })));
    expect(p.signup()).toEqual([]);
    expect(p.visibleText('dd').map((t) => t!.replace(/[\u202f\u2009]/g, ' '))).toEqual([
      'Tuesday, April 11, 2023',
      '1:00 PM Amsterdam time (UTC+2)',
      'De Balie, Amsterdam',
    ]);
    expect(p.visibleText('a.event-calendar')).toHaveLength(1);
  });
});

describe('the event card in the browser (the state by the visitor clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  });

  it('a page built after the event, read before it, offers the signup, and turns to ended when the event ends', async () => {
    vi.setSystemTime(LAUNCH_EVENT.start - 1);
    const { container } = render(card(AFTER));
    await act(async () => {});
    const p = { ...page(''), root: container };
    const shown = () => [...container.querySelectorAll('[data-event-when]')].filter((e) => !e.hasAttribute('hidden')).map((e) => e.textContent);
    const calendars = expect.stringContaining('Add to calendar');
    expect(shown()).toEqual(['Save the date', expect.stringContaining('Sign up for Community builders meetup'), calendars]);
    expect(p.root.querySelector('a.event-signup')!.closest('[hidden]')).toBeNull();

    await act(async () => {
      vi.advanceTimersByTime(1); // the start
    });
    expect(shown()).toEqual(['Happening now', expect.stringContaining('Sign up'), calendars]);

    await act(async () => {
      vi.advanceTimersByTime(LAUNCH_EVENT.end - LAUNCH_EVENT.start); // the end
    });
    expect(shown()).toEqual(['Past event', 'This event has ended.']);
  });

  it('closes registration at the signup deadline while the event is still ahead', async () => {
    const deadline = LAUNCH_EVENT.start - 3600_000;
    vi.setSystemTime(deadline - 1);
    const { container } = render(card(BEFORE, { ...LAUNCH_EVENT, signupDeadline: deadline }));
    await act(async () => {});
    const visible = (selector: string) => container.querySelector(selector)!.closest('[hidden]') === null;
    expect(visible('a.event-signup')).toBe(true);
    expect(visible('.event-closed')).toBe(false);
    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    expect(visible('a.event-signup')).toBe(false);
    expect(container.querySelector('.event-closed')!.textContent).toBe('Registration has closed.');
    expect(visible('.event-closed')).toBe(true);
    expect(visible('a.event-calendar')).toBe(true);
    expect(container.querySelector('.event-eyebrow:not([hidden])')!.textContent).toBe('Save the date');
  });

  it('a page built before the event, read after it, says it has ended', async () => {
    vi.setSystemTime(AFTER);
    const { container } = render(card(BEFORE));
    await act(async () => {});
    expect(container.querySelector('a.event-signup')!.closest('[hidden]')).not.toBeNull();
    expect(container.querySelector('.event-ended')!.closest('[hidden]')).toBeNull();
  });

  it('waits for an event months away without firing early (timeouts are capped at ~24.8 days)', async () => {
    const far = { ...LAUNCH_EVENT, start: LAUNCH_EVENT.start + 90 * 86_400_000, end: LAUNCH_EVENT.end + 90 * 86_400_000 };
    vi.setSystemTime(LAUNCH_EVENT.start);
    const { container } = render(card(BEFORE, far));
    await act(async () => {
      vi.advanceTimersByTime(2 ** 31); // after the first capped wait: still weeks to go
    });
    expect(container.querySelector('.event-eyebrow:not([hidden])')!.textContent).toBe('Save the date');
    await act(async () => {
      vi.advanceTimersByTime(far.start - Date.now());
    });
    expect(container.querySelector('.event-eyebrow:not([hidden])')!.textContent).toBe('Happening now');
  });

  it('tells a visitor in another timezone the time on their own clock, once the card comes near the viewport', async () => {
    vi.setSystemTime(BEFORE);
    const viewport = controllableViewport(vi);
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions(),
      timeZone: 'America/New_York',
    });
    const { container } = render(card(BEFORE));
    await act(async () => {});
    // Hydrated, out of view: no date formatting yet, nothing shown.
    expect(viewport.observed()).toBe(1);
    expect(container.querySelector('[data-visitor-time]')).toBeNull();
    await act(async () => viewport.reach());
    spy.mockRestore();
    expect(viewport.observed()).toBe(0);
    expect(container.querySelector('[data-visitor-time]')!.textContent!.replace(/[\u202f\u2009]/g, ' ')).toBe(
      'In your timezone: Tuesday, April 11, 2023, 7:00 – 11:00 AM New York time (UTC-4)',
    );
  });
});

describe('<Event /> in a post', () => {
  it('shows the card of the post event, as a block (not inside a paragraph)', async () => {
    const html = await renderPostBody({
      'posts/meetup.mdx': post(`title: 'Meetup'\ndate: 2023-02-22\n${LAUNCH_EVENT_YAML}`, '\nJoin us! <Event /> See you there.\n'),
    });
    expect(html).toMatch(/^<p>Join us! <\/p>\n<section class="event-card not-prose" aria-labelledby="event-meetup" data-event="meetup">/);
    expect(html).toContain('<h3 id="event-meetup" dir="auto" class="event-title">Community builders meetup</h3>');
    expect(html).toContain('href="/events/meetup.ics"');
  });

  it('is an error with file and line in a post without an event', async () => {
    const { root, problems } = await compileProblems({ 'posts/a.mdx': post("title: 'T'\ndate: 2024-01-01", '\nText.\n\n<Event />\n') });
    expect(problems).toEqual([
      `${displayPath(`${root}/posts/a.mdx`)}:8 body: expected an event: block in the front matter (start, location, …) for <Event /> to show, found <Event /> in a post without one`,
    ]);
  });
});

const eventPost = (slug: string, event: EventInfo, title = event.title) => ({ slug, title, event }) as unknown as Post;
const later = { ...LAUNCH_EVENT, title: 'Autumn meetup', start: LAUNCH_EVENT.start + 180 * 86_400_000, end: LAUNCH_EVENT.end + 180 * 86_400_000 };

describe('event lists', () => {
  const posts = [eventPost('autumn', later), eventPost('spring', LAUNCH_EVENT, 'What does it take to build a community?'), { slug: 'plain', title: 'No event' } as Post];

  it('the events page lists upcoming events soonest first, then past ones, each linking to its post', () => {
    const p = page(renderToStaticMarkup(<EventTimeline items={eventListItems(posts)} builtAt={BEFORE} />));
    const section = (id: string) => [...p.root.querySelectorAll(`section[aria-labelledby="${id}"] h3 a`)].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(section('upcoming-events')).toEqual([
      ['Community builders meetup', '/posts/spring'],
      ['Autumn meetup', '/posts/autumn'],
    ]);
    expect(p.root.textContent).toContain('No past events yet.');
    expect(p.root.textContent).toContain('Announced in “What does it take to build a community?”');

    const after = page(renderToStaticMarkup(<EventTimeline items={eventListItems(posts)} builtAt={DURING} />));
    const titles = (id: string) => [...after.root.querySelectorAll(`section[aria-labelledby="${id}"] h3`)].map((h) => h.textContent);
    expect(titles('upcoming-events')).toEqual(['Community builders meetupHappening now', 'Autumn meetup']);
  });

  it('the events page moves an event to the past by the visitor clock', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(AFTER);
    const { container } = render(<EventTimeline items={eventListItems(posts)} builtAt={BEFORE} />);
    await act(async () => {});
    const links = (id: string) => [...container.querySelectorAll(`section[aria-labelledby="${id}"] h3 a`)].map((a) => a.textContent);
    expect(links('upcoming-events')).toEqual(['Autumn meetup']);
    expect(links('past-events')).toEqual(['Community builders meetup']);
  });

  it('the home page shows the next event, and nothing when every event has ended', () => {
    const next = page(renderToStaticMarkup(<NextEventBlock posts={posts} locale="en" builtAt={BEFORE} />));
    expect([...next.root.querySelectorAll('h2, h3')].map((h) => h.textContent)).toEqual(['Next event', 'Community builders meetup']);
    expect(next.root.querySelector('a[href="/events"]')!.textContent).toBe('All events');
    expect(renderToStaticMarkup(<NextEventBlock posts={posts} locale="en" builtAt={later.end} />)).toBe('');
  });
});

describe('schema.org Event', () => {
  const site = { url: 'https://community-blog.example.org', title: 'Community Notes' };
  const ld = (p: Post) => {
    const html = renderToStaticMarkup(<EventJsonLd post={p} site={site} />);
    const m = /^<script type="application\/ld\+json">(.*)<\/script>$/.exec(html);
    return { html, data: JSON.parse(m![1]!) as Record<string, unknown> };
  };

  it('describes an online event with its local times, status and post URL', () => {
    const { data } = ld({ ...eventPost(SLUG, LAUNCH_EVENT), summary: 'Post summary' } as Post);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Community builders meetup',
      description: LAUNCH_EVENT.summary,
      startDate: '2023-04-11T13:00:00+02:00',
      endDate: '2023-04-11T17:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: LAUNCH_EVENT.signupUrl },
      url: `https://community-blog.example.org/posts/${SLUG}`,
      organizer: { '@type': 'Organization', name: 'Community Notes', url: 'https://community-blog.example.org' },
    });
  });

  it('describes a place, and escapes < so a title cannot end the script', () => {
    const { html, data } = ld({
      ...eventPost('x', { ...LAUNCH_EVENT, title: '</script><script>alert(1)</script>', online: false, location: 'De Balie' }),
      summary: 's',
    } as Post);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(data.name).toBe('</script><script>alert(1)</script>');
    expect(data.location).toEqual({ '@type': 'Place', name: 'De Balie', address: 'De Balie' });
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
  });

  it('is absent from a post without an event', () => {
    expect(renderToStaticMarkup(<EventJsonLd post={{ slug: 'x', title: 'x' } as Post} site={site} />)).toBe('');
  });
});
