import { describe, expect, it } from 'vitest';
import { buildCalendar, eventCalendarEntry, foldLine } from '@/lib/publish/ics';
import { LAUNCH_EVENT as launch } from '../helpers/events';

/** Reads an iCalendar text back as RFC 5545 describes: unfold, then split each line into name, params, value. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  expect(lines.pop()).toBe(''); // the file ends with CRLF
  return lines.map((line) => {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    return { name: m[1]!, params: m[2]!, value: m[3]! };
  });
}

/** TEXT values back to the text they encode. */
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const POST_URL = 'https://community-blog.example.org/posts/what-does-it-take-to-build-a-community';

function launchCalendar(event = launch) {
  return buildCalendar({
    productId: '-//Community Notes//Events//EN',
    stamp: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
    events: [eventCalendarEntry(event, { slug: 'what-does-it-take-to-build-a-community', url: POST_URL }, 'community-blog.example.org')],
  });
}

describe('the iCalendar file of an event', () => {
  it('uses CRLF line breaks only, and no physical line is longer than 75 octets', () => {
    const text = launchCalendar();
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has the required properties, field by field, with times in UTC', () => {
    const props = parseIcs(launchCalendar());
    expect(props.map((p) => p.name)).toEqual([
      'BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD',
      'BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'END',
      'END',
    ]);
    const get = (name: string) => props.filter((p) => p.name === name).map((p) => p.value);
    expect(get('BEGIN')).toEqual(['VCALENDAR', 'VEVENT']);
    expect(get('END')).toEqual(['VEVENT', 'VCALENDAR']);
    expect(get('VERSION')).toEqual(['2.0']);
    expect(get('PRODID')).toEqual(['-//Community Notes//Events//EN']);
    expect(get('UID')).toEqual(['event-what-does-it-take-to-build-a-community@community-blog.example.org']);
    expect(get('DTSTAMP')).toEqual(['20260102T030405Z']);
    // 13:00–17:00 Amsterdam summer time is 11:00–15:00 UTC.
    expect(get('DTSTART')).toEqual(['20230411T110000Z']);
    expect(get('DTEND')).toEqual(['20230411T150000Z']);
    expect(props.every((p) => p.params === '')).toBe(true);
    expect(get('SUMMARY').map(unescape)).toEqual(['Community builders meetup']);
    expect(get('LOCATION')).toEqual(['online']);
    expect(get('URL')).toEqual([POST_URL]);
    const description = unescape(get('DESCRIPTION')[0]!).replace(/[\u202f\u2009]/g, ' ');
    expect(description).toBe(
      [
        'An afternoon to share stories; brainstorm, and meet.',
        'Tuesday, April 11, 2023, 1:00 – 5:00 PM Amsterdam time (UTC+2)',
        'Sign up: https://share-eu1.hsforms.com/1zby6H9bOQ3S6A3h8NTGORAf6b89',
        `Details: ${POST_URL}`,
      ].join('\n\n'),
    );
    // Escaped as TEXT: the semicolon and comma of the summary do not split the value.
    expect(get('DESCRIPTION')[0]).toMatch(/^An afternoon to share stories\\; brainstorm\\, and meet\.\\n\\n/);
  });

  it('describes the event in the site language', () => {
    const entry = eventCalendarEntry(launch, { slug: 'x', url: POST_URL }, 'community-blog.example.org', 'nl');
    expect(entry.description!.split('\n\n').slice(2)).toEqual(['Aanmelden: https://share-eu1.hsforms.com/1zby6H9bOQ3S6A3h8NTGORAf6b89', `Meer informatie: ${POST_URL}`]);
  });

  it('folds long non-ASCII text at octets without splitting a character, and unfolds to the original', () => {
    const title = 'Café-avond — ünïcödé 🎉 '.repeat(6).trim();
    const text = launchCalendar({ ...launch, title, location: 'Koffiehuis “De Ster”, Spui 1, Amsterdam' });
    const summary = parseIcs(text).find((p) => p.name === 'SUMMARY')!;
    expect(unescape(summary.value)).toBe(title);
    const physical = text.split('\r\n');
    const first = physical.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(physical[first + 1]!.startsWith(' ')).toBe(true);
    for (const line of physical) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(unescape(parseIcs(text).find((p) => p.name === 'LOCATION')!.value)).toBe('Koffiehuis “De Ster”, Spui 1, Amsterdam');
  });

  it('leaves short lines alone and folds exactly at 75 octets', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const long = 'X'.repeat(75 + 74 + 3);
    expect(foldLine(long).split('\r\n').map((l) => l.length)).toEqual([75, 75, 4]);
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it('writes an event without an end with the default duration and no signup line', () => {
    const props = parseIcs(launchCalendar({ ...launch, end: launch.start + 2 * 3600_000, hasEnd: false, signupUrl: undefined, summary: undefined }));
    expect(props.find((p) => p.name === 'DTEND')!.value).toBe('20230411T130000Z');
    expect(unescape(props.find((p) => p.name === 'DESCRIPTION')!.value)).not.toContain('Sign up');
  });
});
