/**
 * The content contract in one place. Each field's `error` text is the "expected" half of the
 * message an editor sees, so the schema documents the front matter; CONTENT.md is checked
 * against `frontMatterFields` below.
 */
import { z } from 'zod';
import { isTimeZone } from '../timezone';
import { DATE_EXPECTED, parseContentDate } from './dates';
import { normaliseOldPath, OLD_PATH_EXPECTED } from '../routes/redirects';
import { communitySettings } from '../community/settings';
import { editorSchema } from '../editor/backend';
import { emptyIsAbsent, isBlank, isHttpsUrl, looseBoolean, numberAsText } from '../field-values';
import { languageSchema, languagesInput } from './languages';
import { EMBED_NAMES, EMBED_PROVIDERS } from '../embeds';
import { HUGO_BLOX_URLS, hugoUrlsSchema } from '../hugo-permalinks';

export { isBlank } from '../field-values';

const flag = () => z.preprocess(looseBoolean, z.boolean({ error: 'true or false' }).default(false));
/** A list without its empty entries (`- ` lines, `{ name: , url: }` left from a template). */
const withoutBlankEntries = (v: unknown) => (isBlank(v) ? undefined : Array.isArray(v) ? v.filter((x) => !isBlank(x)) : v);

/** Text that passes `check`: `expected` is said for a value that is not text and for text that fails alike. */
const checkedText = (expected: string, check: (text: string) => boolean) => z.string({ error: expected }).refine(check, { error: expected });
/** The same for a field that may be left out or empty. */
const optionalCheckedText = (expected: string, check: (text: string) => boolean) => z.preprocess(emptyIsAbsent, checkedText(expected, check).optional());

export const contentDate = checkedText(DATE_EXPECTED, (s) => parseContentDate(s) !== undefined);

/**
 * More than any post needs: every name becomes a page, a redirect or a link on the post, so a
 * post with tens of thousands would make the build and every request that matches redirects pay.
 */
export const MAX_LIST_ENTRIES = 100;

const textList = (what: string) =>
  z.preprocess(
    withoutBlankEntries,
    z
      .array(z.preprocess(numberAsText, z.string({ error: `${what} written as text` })), { error: `a list of ${what} (one "- item" per line)` })
      .max(MAX_LIST_ENTRIES, { error: `at most ${MAX_LIST_ENTRIES} ${what}` })
      .default([]),
  );

/** An old address of the post (see lib/routes/redirects.ts): a path, never a domain, query or fragment. */
const oldPath = checkedText(OLD_PATH_EXPECTED, (s) => normaliseOldPath(s) !== undefined);

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const imageSchema = z.looseObject({
  caption: z.preprocess(emptyIsAbsent, z.string({ error: 'a caption written as text' }).optional()),
  focal_point: z.preprocess(emptyIsAbsent, z.string({ error: 'a focal point such as Center, Top or BottomLeft' }).optional()),
  placement: z.preprocess(
    emptyIsAbsent,
    z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'placement 1 (page width), 2 (wider) or 3 (full width)' }).optional(),
  ),
  preview_only: flag(),
  alt_text: z.preprocess(emptyIsAbsent, z.string({ error: 'alternative text for the image' }).optional()),
});

const dateTime = (expected: string) => checkedText(expected, (s) => parseContentDate(s)?.dateOnly === false);


export const TIMEZONE_EXPECTED = 'an IANA timezone such as Europe/Amsterdam';

/**
 * `event:` — a meetup, workshop or webinar the post announces (shown by `<Event />`, listed on
 * /events). Times without an offset are wall-clock times in `timezone`; see lib/events.ts.
 */
export const eventSchema = z.looseObject({
  title: z.preprocess(emptyIsAbsent, z.string({ error: 'an event title written as text' }).optional()),
  start: dateTime("a start date and time such as 2023-04-11T13:00 (local time in the event's timezone)"),
  end: z.preprocess(emptyIsAbsent, dateTime('an end date and time such as 2023-04-11T17:00').optional()),
  timezone: optionalCheckedText(TIMEZONE_EXPECTED, isTimeZone),
  location: z.string({ error: 'a place, or "online"' }).trim().min(1, { error: 'a place, or "online"' }),
  signup_url: optionalCheckedText('an absolute https:// link such as https://example.org/signup', isHttpsUrl),
  signup_deadline: z.preprocess(
    emptyIsAbsent,
    dateTime("a date and time such as 2023-04-10T23:59 (local time in the event's timezone) after which signup closes").optional(),
  ),
  summary: z.preprocess(emptyIsAbsent, z.string({ error: 'a one-line summary written as text' }).optional()),
}, { error: 'an event: start, location and the other fields on indented lines below it' });

const optionalDate = z.preprocess(emptyIsAbsent, contentDate.optional());

/** The fields Hugo takes a page's date from, in the order it tries them. */
export const DATE_FIELDS = ['date', 'publishDate', 'pubDate', 'lastmod'] as const;

export const frontMatterSchema = z.looseObject({
  title: z.preprocess(numberAsText, z.string({ error: 'a title written as text' }).trim().min(1, { error: 'a title written as text' })),
  /** Required unless publishDate, pubDate or lastmod stands in (checked by the post loader). */
  date: optionalDate,
  /** Not shown before this moment in production (shown in `npm run dev`). */
  publishDate: optionalDate,
  /** WordPress exports write this instead of date. */
  pubDate: optionalDate,
  /** Not shown from this moment on in production (shown in `npm run dev`). */
  expiryDate: optionalDate,
  lastmod: optionalDate,
  summary: z.preprocess(emptyIsAbsent, z.string({ error: 'a one-paragraph summary written as text' }).optional()),
  authors: textList('author ids'),
  tags: textList('tags'),
  categories: textList('categories'),
  // Hugo Blox's `series` taxonomy: one name, or a list of them (see lib/terms/series.ts).
  series: z.preprocess((v) => (typeof v === 'string' && !isBlank(v) ? [v] : v), textList('series names')),
  featured: flag(),
  draft: flag(),
  slug: optionalCheckedText('a slug of lowercase letters, digits and hyphens', (s) => SLUG_RE.test(s)),
  /** Hugo's earlier paths of the post; one path on its own works too. */
  aliases: z.preprocess(
    (v) => (typeof v === 'string' && !isBlank(v) ? [v] : withoutBlankEntries(v)),
    z.array(oldPath, { error: `a list of old paths (one "- /post/old-name/" per line)` }).max(MAX_LIST_ENTRIES, { error: `at most ${MAX_LIST_ENTRIES} old paths` }).default([]),
  ),
  /** In Hugo the page's whole path; here the address the post had on the old site. */
  url: z.preprocess(emptyIsAbsent, oldPath.optional()),
  image: z.preprocess(emptyIsAbsent, imageSchema.optional()),
  event: z.preprocess(emptyIsAbsent, eventSchema.optional()),
  /** Links translations whose files are not named alike (Hugo's `translationKey`). */
  translationKey: z.preprocess(numberAsText, z.preprocess(emptyIsAbsent, z.string({ error: 'a key as text, the same in each translation of the post' }).trim().min(1).optional())),
  /** `comments: false` leaves the comment thread off this post (when site.yaml turns comments on). */
  comments: z.preprocess(looseBoolean, z.boolean({ error: 'true or false (false: no comments under this post)' }).default(true)),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type ImageSettings = z.infer<typeof imageSchema>;
export type EventFrontMatter = z.infer<typeof eventSchema>;

/** The documented front matter fields, in order. CONTENT.md must mention each of them. */
export const frontMatterFields = Object.keys(frontMatterSchema.shape);

const optionalText = (expected: string) => z.preprocess(emptyIsAbsent, z.string({ error: expected }).optional());
const LINK_EXPECTED = 'a link (https://… or mailto:…)';
const ICON_EXPECTED = 'an icon name such as github or envelope';

/** Older Hugo Blox (Wowchemy): `education: { courses: [{ course, institution, year }] }`. */
const courseSchema = z.looseObject({
  course: z.string({ error: 'a course or degree written as text' }),
  institution: optionalText('an institution written as text'),
  year: z.preprocess(emptyIsAbsent, z.union([z.string(), z.number()], { error: 'a year such as 2019' }).optional()),
});
/** Today's Hugo Blox: `education: [{ area, institution, date_start, date_end, summary }]`. */
const educationEntrySchema = z.looseObject({
  area: z.string({ error: 'a degree or subject written as text' }),
  institution: optionalText('an institution written as text'),
  date_start: optionalText('a date such as 2016-01-01'),
  date_end: optionalText('a date such as 2020-12-31'),
  summary: optionalText('a summary written as text'),
});

export const authorSchema = z.looseObject({
  /** Left out, the profile is shown under a name made from its folder (with a warning, lib/content/authors.ts). */
  title: z.preprocess((v) => emptyIsAbsent(numberAsText(v)), z.string({ error: 'the author\'s display name as text' }).trim().optional()),
  role: optionalText('a role written as text'),
  bio: optionalText('a short bio written as text'),
  /** Shown only when content/site.yaml says `authors: { show_email: true }`. */
  email: optionalText('an email address such as ada@example.org'),
  /** The site's main author in Hugo Blox: listed first on /authors. */
  superuser: flag(),
  interests: textList('interests'),
  user_groups: textList('groups'),
  organizations: z.preprocess(
    withoutBlankEntries,
    z
      .array(z.looseObject({ name: z.string({ error: 'an organisation name' }), url: optionalText(LINK_EXPECTED) }), {
        error: 'a list of organisations ({ name, url })',
      })
      .default([]),
  ),
  /** Older Hugo Blox links: `{ icon, icon_pack, link }`. */
  social: z.preprocess(
    withoutBlankEntries,
    z
      .array(
        z.looseObject({
          icon: optionalText(ICON_EXPECTED),
          icon_pack: optionalText('an icon pack such as fab'),
          label: optionalText('a label written as text'),
          link: optionalText(LINK_EXPECTED),
        }),
        { error: 'a list of social links ({ icon, link })' },
      )
      .default([]),
  ),
  /** Today's Hugo Blox links: `{ icon, url, label }`. */
  profiles: z.preprocess(
    withoutBlankEntries,
    z
      .array(
        z.looseObject({
          icon: optionalText(ICON_EXPECTED),
          url: optionalText(LINK_EXPECTED),
          label: optionalText('a label written as text'),
        }),
        { error: 'a list of profile links ({ icon, url, label })' },
      )
      .default([]),
  ),
  education: z.preprocess(
    (v) => {
      if (isBlank(v)) return undefined;
      // The older form nests the list under `courses`.
      if (v && typeof v === 'object' && !Array.isArray(v) && 'courses' in v) return withoutBlankEntries((v as { courses: unknown }).courses);
      return withoutBlankEntries(v);
    },
    z
      .array(z.union([educationEntrySchema, courseSchema], { error: 'an education entry such as { area, institution } or { course, institution, year }' }), {
        error: 'a list of education entries ({ area, institution, date_start, date_end })',
      })
      .default([]),
  ),
});

export type AuthorFrontMatter = z.infer<typeof authorSchema>;

/**
 * The fields whose wrong value is a warning, read as not given, rather than an error: those no
 * page shows. Decided field by field (docs/notes/issue-27.md); every other field is shown, or
 * decides what is published and where, so a wrong value there stops the build.
 * - `image.focal_point`: Hugo Blox crops around it; our images are never cropped.
 * - `links.*.icon`, `links.*.icon_pack` (event pages): the links are shown by their name alone.
 * - `social.*.icon_pack` (authors): a profile link's label comes from its `icon`, never its pack.
 * - `superuser`: only orders /authors (the main author first); a typo must not stop a build.
 * - `email`: shown only on a site with `authors: { show_email: true }`, and then only when it is an address.
 */
export const LENIENT_FIELDS = {
  post: ['image.focal_point'],
  eventPage: ['image.focal_point', 'links.*.icon', 'links.*.icon_pack'],
  author: ['superuser', 'email', 'social.*.icon_pack'],
} as const;

/**
 * The menu of a site whose site.yaml writes none: each entry's words are the interface's (`key`),
 * so every language shows its own ("Berichten", "الوسوم"); a menu an editor writes is shown as written.
 */
export const DEFAULT_NAV = [
  { label: 'Posts', href: '/', key: 'nav.posts' },
  { label: 'Tags', href: '/tags', key: 'tags.title' },
  { label: 'Events', href: '/events', key: 'events.title' },
  { label: 'Authors', href: '/authors', key: 'authors.title' },
] as const;

/** `content/site.yaml`: the site's title, address, language, timezone and feeds. */
const FEED_ITEMS = 'a whole number of posts per feed, from 1 to 100';

const EMBED_EXPECTED = `an embed provider: ${EMBED_NAMES.join(', ')}`;
const SOCIAL_LABEL = 'the name the link shows, such as Mastodon';
const SOCIAL_URL = 'an https:// link or a mailto: address';

export const siteSchema = z.object({
  title: z.string({ error: 'the site title as text' }).default('Community Blog'),
  description: z.string({ error: 'a one-line description as text' }).default('Stories from our community.'),
  /** Canonical origin, no trailing slash. SITE_URL overrides it at build time. */
  url: z
    .string({ error: 'an absolute URL such as https://blog.example.org' })
    .url({ error: 'an absolute URL such as https://blog.example.org', protocol: /^https?$/ })
    .default('http://localhost:3000'),
  language: z.string({ error: 'a language tag such as en' }).default('en'),
  /** The languages the site speaks (lib/content/languages.ts); `language:` alone when left out. */
  languages: z.preprocess(languagesInput, z.array(languageSchema, { error: 'a list of languages such as [{ code: en }, { code: nl, name: Nederlands }]' }).optional()),
  timezone: checkedText(TIMEZONE_EXPECTED, isTimeZone).default('UTC'),
  pageSize: z.number({ error: 'a whole number of posts per page' }).int().min(1).max(100).default(10),
  author: z.string().optional(),
  /** What the RSS, Atom and JSON feeds carry: the newest `items` posts, whole or as summaries. */
  feed: z
    .object(
      {
        full_content: z.boolean({ error: 'true (whole posts in feeds) or false (summaries)' }).default(false),
        items: z.number({ error: FEED_ITEMS }).int({ error: FEED_ITEMS }).min(1, { error: FEED_ITEMS }).max(100, { error: FEED_ITEMS }).default(20),
      },
      { error: 'feed settings such as { full_content: false, items: 20 }' },
    )
    .default({ full_content: false, items: 20 }),
  /** What author pages show: `email:` of a profile only when `show_email: true`. */
  authors: z
    .object({ show_email: z.boolean({ error: 'true (author pages show email: addresses) or false' }).default(false) }, { error: 'author page settings such as { show_email: false }' })
    .default({ show_email: false }),
  /** Three related posts after each post, by shared tags and categories (lib/terms/related.ts). */
  related: z.preprocess(looseBoolean, z.boolean({ error: 'true (related posts after each post) or false' }).default(true)),
  /** The site's profiles elsewhere, listed in the footer's follow links. */
  social: z.preprocess(
    withoutBlankEntries,
    z
      .array(
        z.object(
          {
            label: z.string({ error: SOCIAL_LABEL }).trim().min(1, { error: SOCIAL_LABEL }),
            url: checkedText(SOCIAL_URL, (u) => /^(https:\/\/[^\s/]+\S*|mailto:\S+@\S+)$/.test(u)),
          },
          { error: 'a profile such as { label: Mastodon, url: https://mastodon.social/@community }' },
        ),
        { error: 'a list of profiles such as [{ label: Mastodon, url: https://mastodon.social/@community }]' },
      )
      .default([]),
  ),
  nav: z.array(z.object({ label: z.string({ error: 'a menu label as text' }), href: z.string({ error: 'a link such as /tags' }) }), { error: 'a list of menu entries ({ label, href })' }).default(DEFAULT_NAV.map(({ label, href }) => ({ label, href }))),
  /** Embed providers whose iframes posts may show (lib/embeds.ts), by name: never an origin. */
  embeds: z.preprocess(
    (v) => (typeof v === 'string' && !isBlank(v) ? [v] : withoutBlankEntries(v)),
    z.array(z.string({ error: EMBED_EXPECTED }).trim().refine((name) => EMBED_PROVIDERS.has(name), { error: EMBED_EXPECTED }), { error: `a list of embed providers such as [google-slides, openstreetmap]` }).default([]),
  ),
  /** How the Hugo site this one came from addressed its posts (lib/hugo-permalinks.ts): their old URLs redirect. */
  hugo: hugoUrlsSchema.default(HUGO_BLOX_URLS),
  ...communitySettings,
  /** The browser editor (lib/editor/backend.ts): off unless `enabled: true`. */
  editor: editorSchema,
});


/** A link on a Hugo Blox event page: `links: [{ name, url, icon }]`. */
const eventLinkSchema = z.looseObject({
  name: optionalText('the link\'s text, such as Slides'),
  url: optionalText('an absolute https:// link'),
  icon: optionalText(ICON_EXPECTED),
  icon_pack: optionalText('an icon pack such as fab'),
});

const EVENT_PAGE_DATE = "the event's start such as 2030-06-01T13:00:00Z, or a day such as 2030-06-01 with all_day: true";

/**
 * A Hugo Blox event page (`content/events/<slug>/index.md`, `content/event/…` in Hugo): the post
 * fields, with `event` the name of the conference or series and the event's own fields beside it.
 */
export const eventPageSchema = frontMatterSchema.extend({
  date: z.preprocess(emptyIsAbsent, checkedText(EVENT_PAGE_DATE, (s) => parseContentDate(s) !== undefined)),
  date_end: optionalDate,
  all_day: flag(),
  event: optionalText('the name of the conference or series, as text'),
  event_url: optionalCheckedText('an absolute https:// link such as https://example.org/conference', isHttpsUrl),
  location: optionalText('a place, or "online"'),
  address: z.preprocess(
    emptyIsAbsent,
    z
      .union([
        z.string(),
        z.looseObject({
          street: optionalText('a street as text'),
          city: optionalText('a city as text'),
          region: optionalText('a region as text'),
          postcode: z.preprocess(emptyIsAbsent, z.union([z.string(), z.number()]).optional()),
          country: optionalText('a country as text'),
        }),
      ], { error: 'an address as text, or street, city, region, postcode and country lines' })
      .optional(),
  ),
  abstract: optionalText('an abstract written as text'),
  links: z.preprocess(withoutBlankEntries, z.array(eventLinkSchema, { error: 'a list of links ({ name, url })' }).default([])),
  timezone: optionalCheckedText(TIMEZONE_EXPECTED, isTimeZone),
});

export type EventPageFrontMatter = z.infer<typeof eventPageSchema>;
