import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openTab, url } from './browser';

const LAUNCH = '/posts/what-does-it-take-to-build-a-community';
const ICS = '/events/what-does-it-take-to-build-a-community.ics';
const SIGNUP = 'https://share-eu1.hsforms.com/1zby6H9bOQ3S6A3h8NTGORAf6b89';
/** A week before the meetup (13:00 Amsterdam time on 11 April 2023). */
const WEEK_BEFORE = new Date('2023-04-04T09:00:00Z');
const browser = useBrowser();

const card = (page: Page) => page.locator('section.event-card');
const signup = (page: Page) => card(page).getByRole('link', { name: /^Sign up/ });

/** Unfolds iCalendar lines and returns property → value. */
function icsProperties(text: string): Map<string, string> {
  return new Map(
    text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] as [string, string])
      .filter(([name]) => !['BEGIN', 'END'].includes(name)),
  );
}

describe('the launch post event', () => {
  it('read today (the meetup was in 2023): the card says it has ended and offers no signup', async () => {
    const { page, errors, context } = await openTab(browser());
    await page.goto(url(LAUNCH));
    await expect(card(page).getByRole('heading', { level: 3 }).textContent()).resolves.toBe('Community builders meetup');
    await expect(card(page).getByText('This event has ended.').isVisible()).resolves.toBe(true);
    await expect(card(page).getByText('Past event').isVisible()).resolves.toBe(true);
    await expect(signup(page).isVisible()).resolves.toBe(false);
    await expect(card(page).getByRole('link', { name: /Add to calendar/ }).isVisible()).resolves.toBe(false);
    await card(page).screenshot({ path: 'test-results/screenshots/event-card-ended.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('read a week before the meetup: save the date with a signup button, and the calendar file downloads', async () => {
    const { page, errors, context } = await openTab(browser());
    await page.clock.setFixedTime(WEEK_BEFORE);
    await page.goto(url(LAUNCH));
    // The page was built after the event; the visitor's clock turns it back to "upcoming".
    await signup(page).waitFor({ state: 'visible' });
    await expect(card(page).getByText('Save the date').isVisible()).resolves.toBe(true);
    await expect(card(page).getByText('This event has ended.').isVisible()).resolves.toBe(false);
    await expect(signup(page).getAttribute('href')).resolves.toBe(SIGNUP);
    await expect(signup(page).getAttribute('rel')).resolves.toBe('noopener noreferrer');
    const facts = (await card(page).locator('dd').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(facts[0]).toBe('Tuesday, April 11, 2023');
    expect(facts[1]).toMatch(/^1:00 – 5:00 PM Amsterdam time \(UTC\+2\)/);
    expect(facts[2]).toBe('Online');
    await card(page).screenshot({ path: 'test-results/screenshots/event-card-upcoming.png' });

    const [download] = await Promise.all([page.waitForEvent('download'), card(page).getByRole('link', { name: /Add to calendar/ }).click()]);
    expect(download.suggestedFilename()).toBe('what-does-it-take-to-build-a-community.ics');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const props = icsProperties(text);
    expect(props.get('SUMMARY')).toBe('Community builders meetup');
    expect(props.get('DTSTART')).toBe('20230411T110000Z');
    expect(props.get('DTEND')).toBe('20230411T150000Z');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a visitor in New York the time on their own clock', async () => {
    const { page, context } = await openTab(browser(), { timezoneId: 'America/New_York' });
    await page.goto(url(LAUNCH));
    // Worked out when the card comes near the viewport (components/EventClock.tsx).
    await card(page).scrollIntoViewIfNeeded();
    await expect(card(page).locator('[data-visitor-time]').innerText()).resolves.toMatch(
      /^In your timezone: Tuesday, April 11, 2023, 7:00\s–\s11:00\sAM New York time \(UTC-4\)$/,
    );
    await context.close();
  });

  it('serves the calendar file as text/calendar with the event in it', async () => {
    const res = await fetch(url(ICS));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    const props = icsProperties(text);
    expect(props.get('UID')).toMatch(/^event-what-does-it-take-to-build-a-community@/);
    expect(props.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    // The static export links pages with their trailing slash.
    expect(props.get('URL')).toMatch(/\/posts\/what-does-it-take-to-build-a-community\/?$/);
    expect(props.get('DESCRIPTION')).toContain(`Sign up: ${SIGNUP}`);
    expect((await fetch(url('/events/no-such-event.ics'))).status).toBe(404);
  });

  it('describes the event for search engines', async () => {
    const html = await (await fetch(url(LAUNCH))).text();
    // The post page also describes the post itself (BlogPosting): take the Event.
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(blocks.find((b) => b['@type'] === 'Event')).toMatchObject({
      '@type': 'Event',
      name: 'Community builders meetup',
      startDate: '2023-04-11T13:00:00+02:00',
      endDate: '2023-04-11T17:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: SIGNUP },
    });
  });
});

describe('the events page', () => {
  it('lists the meetup under past events today, and under upcoming a week before it, linking to its post', async () => {
    const { page, errors, context } = await openTab(browser());
    await page.goto(url('/'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
    await page.waitForURL(url('/events'));
    const section = (name: string) => page.getByRole('region', { name });
    await expect(section('Past events').getByRole('link', { name: 'Community builders meetup' }).count()).resolves.toBe(1);
    await expect(section('Upcoming').getByRole('link').count()).resolves.toBe(0);
    await page.screenshot({ path: 'test-results/screenshots/events-page.png', fullPage: true });

    await page.clock.setFixedTime(WEEK_BEFORE);
    await page.reload();
    const upcoming = section('Upcoming').getByRole('link', { name: 'Community builders meetup' });
    await upcoming.waitFor({ state: 'visible' });
    await expect(section('Past events').getByRole('link').count()).resolves.toBe(0);
    await upcoming.click();
    await page.waitForURL(url(LAUNCH));
    expect(errors).toEqual([]);
    await context.close();
  });
});
