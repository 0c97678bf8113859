/**
 * The `comments:`, `newsletter:` and `analytics:` settings of content/site.yaml. Each is off
 * when absent; `provider:` picks the service and the service's own fields follow. Every `error`
 * text is the "expected" half of the message an editor sees (with the file, line and field).
 */
import { z } from 'zod';
import { emptyIsAbsent, isHttpsUrl, isSitePath, looseBoolean, numberAsText } from '../field-values';

export { isHttpsUrl } from '../field-values';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where a self-hosted service (listmonk, Plausible, Umami, GoatCounter) runs: an https:// address,
 * or http:// on this machine (localhost, 127.0.0.1, [::1]) for trying one out before deploying —
 * browsers trust the loopback address as they trust https, so no page loads mixed content.
 */
export function isServiceUrl(s: string): boolean {
  if (isHttpsUrl(s)) return true;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' && LOOPBACK.has(url.hostname) && !url.username && !url.password && !/\s/.test(s);
  } catch {
    return false;
  }
}

const text = (expected: string) => z.preprocess(numberAsText, z.string({ error: expected }).trim().min(1, { error: expected }));
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyIsAbsent, schema.optional());
const https = (expected: string) => z.string({ error: expected }).refine(isHttpsUrl, { error: expected });
const selfHosted = (expected: string) => z.string({ error: expected }).refine(isServiceUrl, { error: expected });
const flag = (expected: string, fallback: boolean) =>
  z.preprocess(looseBoolean, z.boolean({ error: expected }).default(fallback));

const REPO = 'a GitHub repository written owner/name, such as our-org/blog';
const repo = z.string({ error: REPO }).regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { error: REPO });
const MAPPINGS = ['pathname', 'url', 'title', 'og:title'] as const;
const MAPPING = 'how a page finds its thread: pathname, url, title or og:title';

const giscus = z.object({
  provider: z.literal('giscus'),
  repo,
  repo_id: text('the repository id that giscus.app shows as data-repo-id, such as R_kgDOH1a2bc'),
  category: text('the name of the Discussions category, such as Comments'),
  category_id: text('the category id that giscus.app shows as data-category-id, such as DIC_kwDOH1a2bc4CAbcd'),
  mapping: optional(z.enum(MAPPINGS, { error: MAPPING })).transform((v) => v ?? 'pathname'),
  reactions: flag('true (reactions under the post) or false', true),
  lang: optional(z.string({ error: 'a language code such as en' })).transform((v) => v ?? 'en'),
});

const utterances = z.object({
  provider: z.literal('utterances'),
  repo,
  issue_term: optional(z.enum(MAPPINGS, { error: MAPPING })).transform((v) => v ?? 'pathname'),
  label: optional(z.string({ error: 'an issue label written as text' })),
});

const PRIVACY = 'a page of the site such as /privacy, or an https:// link';
const common = {
  privacy_url: optional(z.string({ error: PRIVACY }).refine((s) => isSitePath(s) || isHttpsUrl(s), { error: PRIVACY })),
  title: optional(z.string({ error: 'a heading written as text' })),
  description: optional(z.string({ error: 'a sentence written as text' })),
};

const MAILCHIMP = 'the form action of your Mailchimp embedded form, such as https://example.us21.list-manage.com/subscribe/post?u=…&id=…';
const LISTMONK = 'the https:// address of your listmonk, such as https://lists.example.org';
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const newsletterServices = [
  z.object({ provider: z.literal('buttondown'), username: z.string({ error: 'your Buttondown username, such as ourblog' }).regex(/^[A-Za-z0-9_-]+$/, { error: 'your Buttondown username, such as ourblog' }), ...common }),
  z.object({
    provider: z.literal('mailchimp'),
    action: https(MAILCHIMP).refine((s) => {
      const url = new URL(s);
      return /\.list-manage\.com$/.test(url.hostname) && url.pathname === '/subscribe/post' && !!url.searchParams.get('u') && !!url.searchParams.get('id');
    }, { error: MAILCHIMP }),
    ...common,
  }),
  z.object({ provider: z.literal('kit'), form_id: z.preprocess(numberAsText, z.string({ error: 'the number of your Kit form, such as 1234567' }).regex(/^\d+$/, { error: 'the number of your Kit form, such as 1234567' })), ...common }),
  z.object({
    provider: z.literal('listmonk'),
    url: selfHosted(LISTMONK),
    list: z.string({ error: 'the UUID of the public listmonk list, such as 5f1c2e9a-1b2c-4d3e-8f90-123456789abc' }).regex(UUID_RE, { error: 'the UUID of the public listmonk list, such as 5f1c2e9a-1b2c-4d3e-8f90-123456789abc' }),
    ...common,
  }),
] as const;

const ORIGIN = (example: string) => `an https:// address such as ${example}`;
const GOATCOUNTER_CODE = 'your GoatCounter code (mysite for https://mysite.goatcounter.com), or origin: the https:// address of your own GoatCounter';
const analyticsServices = [
  z.object({
    provider: z.literal('plausible'),
    domain: optional(z.string({ error: 'the domain as Plausible knows the site, such as blog.example.org' }).regex(/^[a-z0-9.-]+$/i, { error: 'the domain as Plausible knows the site, such as blog.example.org' })),
    origin: optional(selfHosted(ORIGIN('https://plausible.io or your own Plausible'))).transform((v) => v ?? 'https://plausible.io'),
    script: optional(selfHosted(ORIGIN('https://plausible.io/js/script.js'))),
  }),
  z.object({
    provider: z.literal('umami'),
    website_id: z.string({ error: 'the website id Umami shows, such as 94db1cb1-74f4-4a40-ad6c-962362670409' }).regex(UUID_RE, { error: 'the website id Umami shows, such as 94db1cb1-74f4-4a40-ad6c-962362670409' }),
    origin: optional(selfHosted(ORIGIN('https://cloud.umami.is or your own Umami'))).transform((v) => v ?? 'https://cloud.umami.is'),
    host_url: optional(selfHosted(ORIGIN('https://stats.example.org (where Umami receives the data, when not the script\'s origin)'))),
    script: optional(selfHosted(ORIGIN('https://cloud.umami.is/script.js'))),
  }),
  z
    .object({
      provider: z.literal('goatcounter'),
      code: optional(z.string({ error: GOATCOUNTER_CODE }).regex(/^[a-z0-9-]+$/, { error: GOATCOUNTER_CODE })),
      origin: optional(selfHosted(ORIGIN('https://stats.example.org (your own GoatCounter)'))),
      script: optional(selfHosted(ORIGIN('https://gc.zgo.at/count.js'))),
    })
    .refine((s) => s.code || s.origin, { error: GOATCOUNTER_CODE, path: ['code'] }),
] as const;

type ProviderSchema = z.ZodType & { def: unknown };

/** `provider:` first (an unknown one is named as such), then that service's own fields. */
function service<const T extends readonly [ProviderSchema, ...ProviderSchema[]]>(what: string, names: readonly string[], example: string, options: T) {
  const expected = names.length === 2 ? `${names[0]} or ${names[1]}` : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return z.preprocess(
    emptyIsAbsent,
    z
      .looseObject({ provider: z.enum(names as [string, ...string[]], { error: `the ${what} service: ${expected}` }) }, { error: `${what} settings on indented lines, such as ${example}` })
      .pipe(z.discriminatedUnion('provider', options as never) as unknown as z.ZodType<z.output<T[number]>, { provider: string }>)
      .optional(),
  );
}

export const communitySettings = {
  /** Comments under posts (lib/community/comments.ts). */
  comments: service('comments', ['giscus', 'utterances'], '{ provider: giscus, repo: our-org/blog, … }', [giscus, utterances]),
  /** A signup form after posts and on /subscribe (lib/community/newsletter.ts). */
  newsletter: service('newsletter', ['buttondown', 'mailchimp', 'kit', 'listmonk'], '{ provider: buttondown, username: ourblog }', newsletterServices),
  /** Privacy-friendly analytics (lib/community/analytics.ts). */
  analytics: service('analytics', ['plausible', 'umami', 'goatcounter'], '{ provider: plausible }', analyticsServices),
};

/** The settings whose errors name their line in content/site.yaml. */
export const COMMUNITY_FIELDS = Object.keys(communitySettings);
