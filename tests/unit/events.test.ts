import { describe, expect, it } from 'vitest';
import { buildIndex, formatProblem } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import {
  canonicalTimeZone,
  DEFAULT_EVENT_DURATION_MS,
  describeWhen,
  eventMoments,
  eventState,
  isoInZone,
  partitionEvents,
  phaseMoment,
  resolveWallTime,
  zoneLabel,
  zoneOffsetMinutes,
  type EventInfo,
} from '@/lib/events';
import { makeContent, post } from '../helpers/content';
import { LAUNCH_EVENT, LAUNCH_EVENT_YAML } from '../helpers/events';

const HEAD = "title: 'Meetup post'\ndate: 2023-02-22";
function load(frontMatter: string, timeZone?: string) {
  const root = makeContent({ 'posts/e.mdx': post(frontMatter) });
  const result = loadContent({ root, includeDrafts: false, timeZone });
  return { result, messages: result.problems.map(formatProblem), file: displayPath(`${root}/posts/e.mdx`) };
}

/** The front matter of the launch event with one line replaced (or removed, with `null`). */
function eventWith(field: string, line: string | null): string {
  const lines = LAUNCH_EVENT_YAML.split('\n').filter((l) => !l.startsWith(`  ${field}:`) || line !== null);
  return `${HEAD}\n${lines.map((l) => (l.startsWith(`  ${field}:`) ? `  ${line}` : l)).join('\n')}`;
}

describe('reading an event from front matter', () => {
  it('turns the launch event into instants in its timezone', () => {
    const { result } = load(`${HEAD}\n${LAUNCH_EVENT_YAML}`);
    expect(result.problems).toEqual([]);
    expect(result.posts[0]!.event).toEqual(LAUNCH_EVENT);
  });

  it("uses the site's timezone when the event names none, and an explicit offset as written", () => {
    const noZone = eventWith('timezone', null);
    expect(load(noZone, 'America/New_York').result.posts[0]!.event).toMatchObject({
      timeZone: 'America/New_York',
      start: Date.UTC(2023, 3, 11, 17),
    });
    const root = makeContent({ 'site.yaml': 'timezone: Asia/Kolkata\n', 'posts/e.mdx': post(noZone) });
    expect(buildIndex(root, false).posts[0]!.event).toMatchObject({ timeZone: 'Asia/Kolkata', start: Date.UTC(2023, 3, 11, 7, 30) });
    // An offset wins over the timezone for the instant; the timezone is still how it is shown.
    const offset = load(eventWith('start', 'start: 2023-04-11T13:00+01:00')).result.posts[0]!.event!;
    expect(offset.start).toBe(Date.UTC(2023, 3, 11, 12));
    expect(isoInZone(offset.start, offset.timeZone)).toBe('2023-04-11T14:00:00+02:00');
  });

  it('gives an event without an end the default duration and the post title when it has no title', () => {
    const event = load(eventWith('end', null).replace('  title: Community builders meetup\n', '')).result.posts[0]!.event!;
    expect(event).toMatchObject({ title: 'Meetup post', hasEnd: false });
    expect(event.end - event.start).toBe(DEFAULT_EVENT_DURATION_MS);
  });

  it('treats "Online …" locations as online and anything else as a place', () => {
    expect(load(eventWith('location', 'location: Online via Zoom')).result.posts[0]!.event!.online).toBe(true);
    expect(load(eventWith('location', 'location: De Balie, Amsterdam')).result.posts[0]!.event).toMatchObject({
      online: false,
      location: 'De Balie, Amsterdam',
    });
  });

  it('reads a signup deadline as local time in the event timezone; an empty one is no deadline', () => {
    const { result } = load(`${HEAD}\n${LAUNCH_EVENT_YAML}\n  signup_deadline: 2023-04-10T23:59`);
    expect(result.problems).toEqual([]);
    expect(result.posts[0]!.event!.signupDeadline).toBe(Date.UTC(2023, 3, 10, 21, 59));
    const empty = load(`${HEAD}\n${LAUNCH_EVENT_YAML}\n  signup_deadline:`);
    expect(empty.messages).toEqual([]);
    expect(empty.result.posts[0]!.event!.signupDeadline).toBeUndefined();
  });

  it('accepts a timezone in any letter case and keeps its canonical spelling', () => {
    expect(load(eventWith('timezone', 'timezone: europe/amsterdam')).result.posts[0]!.event!.timeZone).toBe('Europe/Amsterdam');
  });
});

describe('event mistakes an editor can make', () => {
  // Lines: 1 ---, 2 title, 3 date, 4 event:, 5 title, 6 start, 7 end, 8 timezone, 9 location, 10 signup_url.
  it('a missing start names the event line', () => {
    const { messages, file } = load(eventWith('start', null));
    expect(messages).toEqual([
      `${file}:4 event.start: expected a start date and time such as 2023-04-11T13:00 (local time in the event's timezone), found nothing (the field is missing)`,
    ]);
  });

  it('a start without a time, or not a date at all', () => {
    const dayOnly = load(eventWith('start', 'start: 2023-04-11'));
    expect(dayOnly.messages).toEqual([
      `${dayOnly.file}:6 event.start: expected a start date and time such as 2023-04-11T13:00 (local time in the event's timezone), found "2023-04-11"`,
    ]);
    const { messages, file } = load(eventWith('start', 'start: next Tuesday'));
    expect(messages).toEqual([
      `${file}:6 event.start: expected a start date and time such as 2023-04-11T13:00 (local time in the event's timezone), found "next Tuesday"`,
    ]);
  });

  it('an end before the start', () => {
    const { messages, file } = load(eventWith('end', 'end: 2023-04-11T12:00'));
    expect(messages).toEqual([`${file}:7 event.end: expected an end after the start (2023-04-11T13:00:00+02:00), found "2023-04-11T12:00"`]);
  });

  it('an end equal to the start', () => {
    const { messages, file } = load(eventWith('end', 'end: 2023-04-11T11:00Z'));
    expect(messages).toEqual([`${file}:7 event.end: expected an end after the start (2023-04-11T13:00:00+02:00), found "2023-04-11T11:00Z"`]);
  });

  it('a signup deadline after the end of the event, or not a date and time', () => {
    const late = load(`${HEAD}\n${LAUNCH_EVENT_YAML}\n  signup_deadline: 2023-04-11T18:00`);
    expect(late.messages).toEqual([
      `${late.file}:12 event.signup_deadline: expected a deadline no later than the end of the event (2023-04-11T17:00:00+02:00), found "2023-04-11T18:00"`,
    ]);
    const vague = load(`${HEAD}\n${LAUNCH_EVENT_YAML}\n  signup_deadline: the Friday before`);
    expect(vague.messages).toEqual([
      `${vague.file}:12 event.signup_deadline: expected a date and time such as 2023-04-10T23:59 (local time in the event's timezone) after which signup closes, found "the Friday before"`,
    ]);
  });

  it('an unknown timezone', () => {
    const { messages, file } = load(eventWith('timezone', 'timezone: Europe/Amsterdamm'));
    expect(messages).toEqual([`${file}:8 event.timezone: expected an IANA timezone such as Europe/Amsterdam, found "Europe/Amsterdamm"`]);
  });

  it('an offset where a timezone name belongs', () => {
    const { messages, file } = load(eventWith('timezone', 'timezone: "+02:00"'));
    expect(messages).toEqual([`${file}:8 event.timezone: expected an IANA timezone such as Europe/Amsterdam, found "+02:00"`]);
  });

  it.each([
    ['http://example.org/signup', '"http://example.org/signup"'],
    ['/signup', '"/signup"'],
    ['share-eu1.hsforms.com/1zby6H9', '"share-eu1.hsforms.com/1zby6H9"'],
    ['javascript:alert(1)', '"javascript:alert(1)"'],
  ])('a signup link %s that is not an absolute https URL', (url, found) => {
    const { messages, file } = load(eventWith('signup_url', `signup_url: ${JSON.stringify(url)}`));
    expect(messages).toEqual([
      `${file}:10 event.signup_url: expected an absolute https:// link such as https://example.org/signup, found ${found}`,
    ]);
  });

  it('a local time that daylight saving time skips', () => {
    const { messages, file } = load(eventWith('start', 'start: 2023-03-26T02:30').replace('2023-04-11T17:00', '2023-03-26T05:00'));
    expect(messages).toEqual([
      `${file}:6 event.start: expected a time that exists in Europe/Amsterdam (on 2023-03-26 clocks jump from 02:00 to 03:00), found "2023-03-26T02:30"`,
    ]);
  });

  it('a missing location, and an event that is not a mapping', () => {
    const missing = load(eventWith('location', null));
    expect(missing.messages).toEqual([`${missing.file}:4 event.location: expected a place, or "online", found nothing (the field is missing)`]);
    const scalar = load(`${HEAD}\nevent: 2023-04-11`);
    expect(scalar.messages).toEqual([
      `${scalar.file}:4 event: expected an event: start, location and the other fields on indented lines below it, found "2023-04-11"`,
    ]);
  });

  it('an unknown timezone in site settings', () => {
    const root = makeContent({ 'site.yaml': 'timezone: Amsterdam\n' });
    expect(buildIndex(root, false).problems.map(formatProblem)).toEqual([
      `${displayPath(`${root}/site.yaml`)} timezone: expected an IANA timezone such as Europe/Amsterdam, found "Amsterdam"`,
    ]);
  });
});

describe('time zone conversion', () => {
  const AMS = 'Europe/Amsterdam';
  const wall = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

  it('knows the offset on both sides of a daylight-saving change', () => {
    expect(zoneOffsetMinutes(AMS, Date.UTC(2023, 2, 26, 0, 59, 59))).toBe(60);
    expect(zoneOffsetMinutes(AMS, Date.UTC(2023, 2, 26, 1))).toBe(120);
    expect(zoneOffsetMinutes(AMS, Date.UTC(2023, 9, 29, 0, 59, 59))).toBe(120);
    expect(zoneOffsetMinutes(AMS, Date.UTC(2023, 9, 29, 1))).toBe(60);
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2023, 5, 1))).toBe(330);
    expect(zoneOffsetMinutes('America/St_Johns', Date.UTC(2023, 0, 1))).toBe(-210);
  });

  it('converts wall times around the spring change (2023-03-26, Amsterdam)', () => {
    expect(resolveWallTime(wall(2023, 3, 26, 1, 30), AMS)).toEqual({ kind: 'exact', time: Date.UTC(2023, 2, 26, 0, 30) });
    expect(resolveWallTime(wall(2023, 3, 26, 3, 0), AMS)).toEqual({ kind: 'exact', time: Date.UTC(2023, 2, 26, 1, 0) });
    expect(resolveWallTime(wall(2023, 3, 26, 2, 30), AMS)).toEqual({
      kind: 'skipped',
      transition: Date.UTC(2023, 2, 26, 1),
      wallBefore: wall(2023, 3, 26, 2),
      wallAfter: wall(2023, 3, 26, 3),
    });
    expect(resolveWallTime(wall(2023, 3, 26, 2, 0), AMS).kind).toBe('skipped');
  });

  it('converts wall times around the autumn change (2023-10-29, Amsterdam): the repeated hour is taken the first time', () => {
    expect(resolveWallTime(wall(2023, 10, 29, 2, 30), AMS)).toEqual({
      kind: 'ambiguous',
      time: Date.UTC(2023, 9, 29, 0, 30),
      later: Date.UTC(2023, 9, 29, 1, 30),
    });
    expect(resolveWallTime(wall(2023, 10, 29, 3, 0), AMS)).toEqual({ kind: 'exact', time: Date.UTC(2023, 9, 29, 2) });
    expect(resolveWallTime(wall(2023, 10, 29, 1, 59), AMS)).toEqual({ kind: 'exact', time: Date.UTC(2023, 9, 28, 23, 59) });
  });

  it('measures an event across the change in real hours', () => {
    // 22:00 to 04:00 on the night clocks go forward is five hours, not six; going back it is seven.
    const spring = load(eventWith('start', 'start: 2023-03-25T22:00').replace('2023-04-11T17:00', '2023-03-26T04:00')).result.posts[0]!.event!;
    expect(spring.end - spring.start).toBe(5 * 3600_000);
    const autumn = load(eventWith('start', 'start: 2023-10-28T22:00').replace('2023-04-11T17:00', '2023-10-29T04:00')).result.posts[0]!.event!;
    expect(autumn.end - autumn.start).toBe(7 * 3600_000);
    expect(isoInZone(autumn.start, AMS)).toBe('2023-10-28T22:00:00+02:00');
    expect(isoInZone(autumn.end, AMS)).toBe('2023-10-29T04:00:00+01:00');
  });

  it('handles other rules: a 30-minute change (Lord Howe) and the southern hemisphere (Sydney)', () => {
    const lordHowe = resolveWallTime(wall(2023, 10, 1, 2, 15), 'Australia/Lord_Howe');
    expect(lordHowe.kind).toBe('skipped');
    const sydney = resolveWallTime(wall(2023, 4, 2, 2, 30), 'Australia/Sydney');
    expect(sydney).toEqual({ kind: 'ambiguous', time: Date.UTC(2023, 3, 1, 15, 30), later: Date.UTC(2023, 3, 1, 16, 30) });
  });

  it('recognises IANA names only', () => {
    expect(canonicalTimeZone('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    for (const bad of ['Europe/Amsterdamm', 'Mars/Olympus', '+02:00', '', 'CEST summer']) expect(canonicalTimeZone(bad)).toBeUndefined();
  });
});

const event = (start: number, end: number, title = 'E'): EventInfo => ({
  title,
  start,
  end,
  hasEnd: true,
  timeZone: 'Europe/Amsterdam',
  location: 'online',
  online: true,
});

describe('the state of an event at a given instant', () => {
  const e = event(Date.UTC(2023, 3, 11, 11), Date.UTC(2023, 3, 11, 15));
  it.each([
    ['a day before', e.start - 86_400_000, 'upcoming'],
    ['1 ms before the start', e.start - 1, 'upcoming'],
    ['at the start', e.start, 'ongoing'],
    ['during', e.start + 2 * 3600_000, 'ongoing'],
    ['1 ms before the end', e.end - 1, 'ongoing'],
    ['at the end', e.end, 'ended'],
    ['after', e.end + 1, 'ended'],
  ] as const)('%s (t = %i) the event is %s', (_label, now, state) => {
    expect(eventState(e, now)).toBe(state);
  });

  it('lists events that have not ended soonest first, then ended ones most recent first', () => {
    const now = Date.UTC(2024, 0, 1, 12);
    const items = [
      { slug: 'old', event: event(Date.UTC(2023, 0, 1), Date.UTC(2023, 0, 1, 2)) },
      { slug: 'later', event: event(Date.UTC(2024, 5, 1), Date.UTC(2024, 5, 1, 2)) },
      { slug: 'now', event: event(now - 1000, now + 1000) },
      { slug: 'just-ended', event: event(now - 7200_000, now) },
      { slug: 'soon-b', event: event(Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 2, 2), 'B') },
      { slug: 'soon-a', event: event(Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 2, 2), 'A') },
    ];
    const { upcoming, past } = partitionEvents(items, now);
    expect(upcoming.map((i) => i.slug)).toEqual(['now', 'soon-a', 'soon-b', 'later']);
    expect(past.map((i) => i.slug)).toEqual(['just-ended', 'old']);
    // The same events a year later: everything has ended.
    expect(partitionEvents(items, Date.UTC(2025, 0, 1)).upcoming).toEqual([]);
  });
});

describe('how an event reads', () => {
  const nbsp = (s: string) => s.replace(/[\u202f\u2009\u00a0]/g, ' ');

  it('weekday and date, local time range and a labelled timezone', () => {
    const when = describeWhen(event(Date.UTC(2023, 3, 11, 11), Date.UTC(2023, 3, 11, 15)), 'en');
    expect(nbsp(when.date)).toBe('Tuesday, April 11, 2023');
    expect(nbsp(when.time)).toBe('1:00 – 5:00 PM');
    expect(when.zone).toBe('Amsterdam time (UTC+2)');
  });

  it('in the site language, over several days, and without an end', () => {
    const twoDays = describeWhen(event(Date.UTC(2023, 3, 11, 11), Date.UTC(2023, 3, 12, 15)), 'nl');
    expect(nbsp(twoDays.date)).toBe('dinsdag 11 – woensdag 12 april 2023');
    expect(nbsp(twoDays.time)).toMatch(/^dinsdag 11 april 2023 .*13:00 – woensdag 12 april 2023 .*17:00$/);
    const open = describeWhen({ ...event(Date.UTC(2023, 0, 10, 9), Date.UTC(2023, 0, 10, 11)), hasEnd: false }, 'en-GB');
    expect(open.time).toBe('10:00');
    expect(open.zone).toBe('Amsterdam time (UTC+1)');
  });

  it('names the zone by its place and exact offset', () => {
    expect(zoneLabel('UTC', 0)).toBe('UTC');
    expect(zoneLabel('Asia/Kolkata', 0)).toBe('Kolkata time (UTC+5:30)');
    expect(zoneLabel('America/New_York', Date.UTC(2023, 6, 1))).toBe('New York time (UTC-4)');
  });
});

describe('the build clock of event pages', () => {
  it('is the latest event moment passed, so pages built in the same phase are the same bytes and show the same state', () => {
    const event = { start: Date.UTC(2026, 5, 1, 18), end: Date.UTC(2026, 5, 1, 20), signupDeadline: Date.UTC(2026, 4, 25) };
    const moments = eventMoments([event]);
    expect(moments).toEqual([event.start, event.end, event.signupDeadline]);
    expect(phaseMoment(Date.UTC(2026, 0, 1), moments)).toBe(0);
    expect(phaseMoment(Date.UTC(2026, 4, 26), moments)).toBe(event.signupDeadline);
    expect(phaseMoment(Date.UTC(2026, 4, 30), moments)).toBe(event.signupDeadline);
    expect(phaseMoment(event.start + 1, moments)).toBe(event.start);
    expect(phaseMoment(Date.UTC(2027, 0, 1), moments)).toBe(event.end);
    for (const now of [Date.UTC(2026, 0, 1), Date.UTC(2026, 4, 26), event.start, event.start + 1, event.end - 1, event.end, Date.UTC(2027, 0, 1)]) {
      expect(eventState(event, phaseMoment(now, moments)), new Date(now).toISOString()).toBe(eventState(event, now));
    }
  });
});
