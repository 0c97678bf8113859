import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { isTimeZone } from '../events';
import { describeValue, type ContentProblem } from './errors';
import { displayPath } from './paths';
import { TIMEZONE_EXPECTED } from './schema';

const FEED_ITEMS = 'a whole number of posts per feed, from 1 to 100';
const SOCIAL_LABEL = 'the name the link shows, such as Mastodon';
const SOCIAL_URL = 'an https:// link or a mailto: address';

export const siteSchema = z.object({
  title: z.string({ error: 'the site title as text' }).default('Community Blog'),
  description: z.string({ error: 'a one-line description as text' }).default('Stories from our community.'),
  /** Canonical origin, no trailing slash. SITE_URL overrides it at build time. */
  url: z.string({ error: 'an absolute URL such as https://blog.example.org' }).url({ error: 'an absolute URL such as https://blog.example.org' }).default('http://localhost:3000'),
  language: z.string({ error: 'a language tag such as en' }).default('en'),
  timezone: z.string({ error: TIMEZONE_EXPECTED }).refine(isTimeZone, { error: TIMEZONE_EXPECTED }).default('UTC'),
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
  /** The site's profiles elsewhere, listed in the footer's follow links. */
  social: z
    .array(
      z.object(
        {
          label: z.string({ error: SOCIAL_LABEL }).trim().min(1, { error: SOCIAL_LABEL }),
          url: z.string({ error: SOCIAL_URL }).refine((u) => /^(https:\/\/[^\s/]+\S*|mailto:\S+@\S+)$/.test(u), { error: SOCIAL_URL }),
        },
        { error: 'a profile such as { label: Mastodon, url: https://mastodon.social/@community }' },
      ),
      { error: 'a list of profiles such as [{ label: Mastodon, url: https://mastodon.social/@community }]' },
    )
    .default([]),
  nav: z.array(z.object({ label: z.string(), href: z.string() })).default([
    { label: 'Posts', href: '/' },
    { label: 'Tags', href: '/tags' },
    { label: 'Events', href: '/events' },
    { label: 'Authors', href: '/authors' },
  ]),
});

export type SiteConfig = z.infer<typeof siteSchema>;

export function loadSite(root: string, problems: ContentProblem[]): SiteConfig {
  const file = ['site.yaml', 'site.yml', 'site.json'].map((n) => path.join(/*turbopackIgnore: true*/ root, n)).find((f) => fs.existsSync(f));
  let data: unknown = {};
  if (file) {
    try {
      data = parse(fs.readFileSync(file, 'utf8')) ?? {};
    } catch (err) {
      problems.push({
        severity: 'error',
        file: displayPath(file),
        line: (err as { linePos?: { line: number }[] }).linePos?.[0]?.line,
        field: 'site',
        expected: 'valid YAML or JSON',
        found: err instanceof Error ? err.message.split('\n')[0]! : String(err),
      });
    }
  }
  const result = siteSchema.safeParse(data);
  if (result.success) {
    const url = (process.env.SITE_URL || result.data.url).replace(/\/+$/, '');
    return { ...result.data, url };
  }
  for (const issue of result.error.issues) {
    let value: unknown = data;
    for (const s of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[s as PropertyKey];
    problems.push({
      severity: 'error',
      file: displayPath(file!),
      field: issue.path.join(/*turbopackIgnore: true*/ '.'),
      expected: issue.message,
      found: describeValue(value),
    });
  }
  return siteSchema.parse({});
}
