/**
 * The content contract in one place. Each field's `error` text is the "expected" half of the
 * message an editor sees, so the schema documents the front matter; CONTENT.md is checked
 * against `frontMatterFields` below.
 */
import { z } from 'zod';
import { isTimeZone } from '../events';
import { DATE_EXPECTED, parseContentDate } from './dates';

/** YAML `tags:` with nothing after it is null; Hugo treats that as "none". */
const emptyIsAbsent = (v: unknown) => (v === null ? undefined : v);

export const contentDate = z
  .string({ error: DATE_EXPECTED })
  .refine((s) => parseContentDate(s) !== undefined, { error: DATE_EXPECTED });

const textList = (what: string) =>
  z.preprocess(
    emptyIsAbsent,
    z.array(z.string({ error: `${what} written as text` }), { error: `a list of ${what} (one "- item" per line)` }).default([]),
  );

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const imageSchema = z.looseObject({
  caption: z.string({ error: 'a caption written as text' }).optional(),
  focal_point: z.string({ error: 'a focal point such as Center, Top or BottomLeft' }).optional(),
  placement: z
    .union([z.literal(1), z.literal(2), z.literal(3)], { error: 'placement 1 (page width), 2 (wider) or 3 (full width)' })
    .optional(),
  preview_only: z.boolean({ error: 'true or false' }).default(false),
  alt_text: z.string({ error: 'alternative text for the image' }).optional(),
});

const dateTime = (expected: string) =>
  z.string({ error: expected }).refine((s) => parseContentDate(s)?.dateOnly === false, { error: expected });

function isHttpsUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(s);
  } catch {
    return false;
  }
}

export const TIMEZONE_EXPECTED = 'an IANA timezone such as Europe/Amsterdam';

/**
 * `event:` — a meetup, workshop or webinar the post announces (shown by `<Event />`, listed on
 * /events). Times without an offset are wall-clock times in `timezone`; see lib/events.ts.
 */
export const eventSchema = z.looseObject({
  title: z.preprocess(emptyIsAbsent, z.string({ error: 'an event title written as text' }).optional()),
  start: dateTime("a start date and time such as 2023-04-11T13:00 (local time in the event's timezone)"),
  end: z.preprocess(emptyIsAbsent, dateTime('an end date and time such as 2023-04-11T17:00').optional()),
  timezone: z.preprocess(
    emptyIsAbsent,
    z.string({ error: TIMEZONE_EXPECTED }).refine(isTimeZone, { error: TIMEZONE_EXPECTED }).optional(),
  ),
  location: z.string({ error: 'a place, or "online"' }).trim().min(1, { error: 'a place, or "online"' }),
  signup_url: z.preprocess(
    emptyIsAbsent,
    z
      .string({ error: 'an absolute https:// link such as https://example.org/signup' })
      .refine(isHttpsUrl, { error: 'an absolute https:// link such as https://example.org/signup' })
      .optional(),
  ),
  signup_deadline: z.preprocess(
    emptyIsAbsent,
    dateTime("a date and time such as 2023-04-10T23:59 (local time in the event's timezone) after which signup closes").optional(),
  ),
  summary: z.preprocess(emptyIsAbsent, z.string({ error: 'a one-line summary written as text' }).optional()),
}, { error: 'an event: start, location and the other fields on indented lines below it' });

export const frontMatterSchema = z.looseObject({
  title: z.string({ error: 'a title written as text' }).trim().min(1, { error: 'a title written as text' }),
  date: contentDate,
  lastmod: z.preprocess(emptyIsAbsent, contentDate.optional()),
  summary: z.preprocess(emptyIsAbsent, z.string({ error: 'a one-paragraph summary written as text' }).optional()),
  authors: textList('author ids'),
  tags: textList('tags'),
  categories: textList('categories'),
  featured: z.preprocess(emptyIsAbsent, z.boolean({ error: 'true or false' }).default(false)),
  draft: z.preprocess(emptyIsAbsent, z.boolean({ error: 'true or false' }).default(false)),
  slug: z
    .string({ error: 'a slug of lowercase letters, digits and hyphens' })
    .regex(SLUG_RE, { error: 'a slug of lowercase letters, digits and hyphens' })
    .optional(),
  image: z.preprocess(emptyIsAbsent, imageSchema.optional()),
  event: z.preprocess(emptyIsAbsent, eventSchema.optional()),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type ImageSettings = z.infer<typeof imageSchema>;
export type EventFrontMatter = z.infer<typeof eventSchema>;

/** The documented front matter fields, in order. CONTENT.md must mention each of them. */
export const frontMatterFields = Object.keys(frontMatterSchema.shape);

export const authorSchema = z.looseObject({
  title: z.string({ error: 'the author\'s display name as text' }).trim().min(1, { error: 'the author\'s display name as text' }),
  role: z.preprocess(emptyIsAbsent, z.string({ error: 'a role written as text' }).optional()),
  bio: z.preprocess(emptyIsAbsent, z.string({ error: 'a short bio written as text' }).optional()),
  organizations: z.preprocess(
    emptyIsAbsent,
    z
      .array(z.looseObject({ name: z.string({ error: 'an organisation name' }), url: z.string().optional() }), {
        error: 'a list of organisations ({ name, url })',
      })
      .default([]),
  ),
  social: z.preprocess(
    emptyIsAbsent,
    z
      .array(
        z.looseObject({
          icon: z.string({ error: 'an icon name such as github or envelope' }),
          icon_pack: z.string().optional(),
          label: z.string().optional(),
          link: z.string({ error: 'a link (https://… or mailto:…)' }),
        }),
        { error: 'a list of social links ({ icon, link })' },
      )
      .default([]),
  ),
});

export type AuthorFrontMatter = z.infer<typeof authorSchema>;
