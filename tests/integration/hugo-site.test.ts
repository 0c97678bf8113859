/**
 * A Hugo Blox community site as it is copied in (tests/fixtures/hugo-site): posts written over
 * years by different people and tools (Hugo Blox templates, a WordPress export, TOML and JSON front
 * matter, a BOM and a blank line on top, repeated keys, empty template fields, stray READMEs and
 * .DS_Store), today's and older author profiles, and Hugo Blox event pages. Hugo built all of it;
 * so must we. Pages are rendered through the app's own route components.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { checkContent } from '@/scripts/check-content';

const ROOT = 'tests/fixtures/hugo-site';
process.env.CONTENT_DIR = ROOT;

type Page<P> = (props: { params: Promise<P> }) => Promise<React.ReactElement>;
let renderPost: (slug: string) => Promise<string>;
let renderAuthor: (id: string) => Promise<string>;
let eventsHtml: string;
let authorsHtml: string;

beforeAll(async () => {
  const { default: PostPage } = (await import('@/app/(site)/posts/[slug]/page')) as { default: Page<{ slug: string }> };
  const { default: AuthorPage } = (await import('@/app/(site)/authors/[id]/page')) as { default: Page<{ id: string }> };
  const { default: EventsPage } = (await import('@/app/(site)/events/page')) as { default: () => React.ReactElement };
  const { default: AuthorsPage } = (await import('@/app/(site)/authors/page')) as { default: () => React.ReactElement };
  // Intl puts thin spaces around the dash of a range and before AM/PM: read them as spaces.
  const html = (node: React.ReactElement) => renderToStaticMarkup(node).replace(/[\u2009\u202f]/g, ' ');
  renderPost = async (slug) => html(await PostPage({ params: Promise.resolve({ slug }) }));
  renderAuthor = async (id) => html(await AuthorPage({ params: Promise.resolve({ id }) }));
  eventsHtml = html(EventsPage());
  authorsHtml = renderToStaticMarkup(AuthorsPage());
});

const JAN_2024 = Date.UTC(2024, 0, 15);
const load = (now: number, includeDrafts = false) => loadContent({ root: ROOT, includeDrafts, timeZone: 'Europe/Amsterdam', now });
const bodyOf = (html: string) => html.slice(html.indexOf('<div dir="auto" class="prose prose-lg'), html.indexOf('<nav aria-label="More posts"'));

describe('a copied Hugo site', () => {
  it('passes the check: no errors, and a warning for each thing the editor should hear about', async () => {
    const { problems, posts, authors } = await checkContent(ROOT);
    const at = (f: string) => `${displayPath(ROOT)}/${f}`;
    expect(problems.map(formatProblem)).toEqual([
      `${at('authors/admin/_index.md')}:39 warning: profiles[3].url: expected a link starting with https:// or mailto: (the link was left out), found "http://orcid.org/0000-0002-1825-0097"`,
      `${at('authors/kofi-mensah/_index.md')}:38 warning: social[0].link: expected a link starting with https:// or mailto: (the link was left out), found "/#contact"`,
      `${at('authors/kofi-mensah/_index.md')}:60 warning: superuser: expected each key written once (the value on line 60 is used, as in Hugo), found "superuser" also on line 10`,
      `${at('events/hugo-meetup-2030/index.md')}:43 warning: links[1].url: expected a link starting with https:// or mailto: (the link was left out), found "javascript:alert(1)"`,
      `${at('posts/2019-05-14-welcome/index.md')}:29 warning: draft: expected each key written once (the value on line 29 is used, as in Hugo), found "draft" also on line 17`,
      `${at('posts/archive/2016/first-repair-cafe.md')}:5 warning: draft: expected each key written once (the value on line 5 is used, as in Hugo), found "draft" also on line 4`,
    ]);
    // Every post and event page (drafts, scheduled and expired ones too), and the three profiles.
    // The HTML page with front matter (posts/2013-membership-form.html) is a post, as in Hugo.
    expect(posts).toBe(19);
    expect(authors).toBe(3);
  });

  it('reads every post whatever its front matter, and leaves READMEs, section pages and .DS_Store alone', () => {
    const { posts } = load(JAN_2024);
    expect(posts.map((p) => p.slug)).toEqual([
      'hugo-meetup-2030',
      'empty-template-fields',
      'slides-from-the-workshop',
      'only-lastmod',
      'figures-and-embeds',
      'toml-meetup-notes',
      'legacy-talk',
      '2019-05-14-welcome',
      'spring-workshop-2019',
      'json-front-matter',
      'notepad-post',
      'first-repair-cafe',
      'rfc-date-quoted',
      'wordpress-space-date',
      'hello-world-wordpress',
      '2013-membership-form',
      'old-format',
    ]);
  });

  it("dates each post as Hugo does: date, else publishDate, pubDate or lastmod, in Hugo's formats", () => {
    const dates = Object.fromEntries(load(JAN_2024).posts.map((p) => [p.slug, p.date]));
    expect(dates).toMatchObject({
      'hello-world-wordpress': '2014-09-11T00:00:34+00:00', // pubDate: Thu, 11 Sep 2014 00:00:34 +0000
      'wordpress-space-date': '2014-09-11T00:00:34', // date: 2014-09-11 00:00:34
      'rfc-date-quoted': '2016-01-02T09:15:00Z', // "Sat, 02 Jan 2016 09:15:00 GMT"
      'only-lastmod': '2022-08-01',
      'toml-meetup-notes': '2021-03-18T19:30:00+01:00', // an unquoted TOML date
      'json-front-matter': '2018-11-02',
      // An event page dates from its publishDate; the event has its own date.
      'hugo-meetup-2030': '2024-01-01T00:00:00Z',
    });
  });

  it('keeps a post out before its publishDate and after its expiryDate, and shows both in npm run dev', () => {
    const slugs = (now: number, drafts = false) => load(now, drafts).posts.map((p) => p.slug);
    expect(slugs(JAN_2024)).not.toContain('scheduled-announcement');
    expect(slugs(Date.UTC(2099, 0, 1, 9))).toContain('scheduled-announcement');
    expect(slugs(JAN_2024)).not.toContain('expired-call-for-volunteers');
    expect(slugs(Date.UTC(2020, 5, 30))).toContain('expired-call-for-volunteers');
    expect(slugs(JAN_2024, true)).toEqual(expect.arrayContaining(['scheduled-announcement', 'expired-call-for-volunteers']));
  });

  it('takes the last of two equal keys, as Hugo does', () => {
    const post = load(JAN_2024).posts.find((p) => p.slug === 'first-repair-cafe')!;
    expect(post.draft).toBe(false);
  });

  it('reads empty template fields as not given', () => {
    const post = load(JAN_2024).posts.find((p) => p.slug === 'empty-template-fields')!;
    expect(post).toMatchObject({ authors: [], tags: [], categories: [], featured: false, draft: false, slug: 'empty-template-fields', image: { preview_only: false } });
    expect(post.summary).toBe('The board met on Thursday. Minutes follow next week.');
  });

  it('summarises as Hugo does: the text before <!--more-->, else the start of the body, as plain text', () => {
    const summaries = Object.fromEntries(load(JAN_2024).posts.map((p) => [p.slug, p.summary]));
    expect(summaries['2019-05-14-welcome']).toBe(
      'We moved the site to Hugo this spring. Everything that used to live on the old wiki is here now, and the events page lists what is coming up.',
    );
    expect(summaries['hello-world-wordpress']).toBe(
      'Welcome to WordPress. This is your first post. Edit or delete it, then start writing! We kept it when we moved, for old times’ sake & because people still link to it.',
    );
    expect(summaries['toml-meetup-notes']).toBe(
      'Fourteen people came, four of them for the first time. We talked about the repair café and agreed to try it in May. Kofi brings the soldering irons Lena books the room',
    );
  });
});

describe('Hugo shortcodes on the page', () => {
  let body: string;
  beforeAll(async () => {
    body = bodyOf(await renderPost('figures-and-embeds'));
  });

  it("renders figure with Hugo's arguments: title, caption, link, class and width", () => {
    expect(body).toContain(
      '<figure class="post-figure wide"><a href="https://example.org/photos/whiteboard"><img src="/posts/figures-and-embeds/whiteboard.png" alt="A whiteboard full of sticky notes" width="300" height="169" loading="lazy" decoding="async"/></a><figcaption><strong class="block">The whiteboard</strong>Three hours of ideas</figcaption></figure>',
    );
  });

  it('renders {{% figure %}} too, its caption as Markdown the way Hugo markdownifies it', () => {
    expect(body).toContain(
      '<figure class="post-figure"><img src="/posts/figures-and-embeds/whiteboard.png" alt="The same, in the other form" width="640" height="360" loading="lazy" decoding="async"/><figcaption>The same, in the <em>other</em> form</figcaption></figure>',
    );
  });

  it('turns gist, tweet, x and instagram into links to the original', () => {
    expect(body).toContain('<a href="https://gist.github.com/lena-fischer/5b2e7c0a9d41" rel="noopener noreferrer">View the code on GitHub Gist: lena-fischer/5b2e7c0a9d41</a>');
    expect(body).toContain('<a href="https://x.com/communityexample/status/1453110110599868418" rel="noopener noreferrer">View the post by @communityexample on X</a>');
    expect(body).toContain('<a href="https://x.com/lenafischer/status/1771238457381113856" rel="noopener noreferrer">View the post by @lenafischer on X</a>');
    expect(body).toContain('<p><a href="https://www.instagram.com/p/CxYz12AbCdE/" rel="noopener noreferrer">View the post on Instagram</a></p>');
  });

  it('turns highlight into a highlighted code block, and keeps {{% callout %}}, mention and icon readable', () => {
    expect(body).toContain('<pre tabindex="0"><code class="hljs language-python">votes = {<span class="hljs-string">&quot;repair cafe&quot;</span>');
    expect(body).toContain('<div class="callout-body"><p>Bring your own <strong>mug</strong> next time.</p></div>');
    expect(body).toContain('<p>Thanks @kofi-mensah for the photos .</p>');
  });

  it('never shows shortcode text', () => {
    expect(body).not.toMatch(/\{\{|\}\}/);
  });
});

describe('Hugo Blox author profiles', () => {
  it("shows today's profiles: links, interests, education, groups, and the email the site allows", async () => {
    const html = await renderAuthor('admin');
    expect(html).toContain('<p class="mt-3"><a href="mailto:ama@example.org"');
    expect(html).toContain('<dt class="font-semibold">Interests</dt><dd><ul class="list-disc ps-5"><li>Community building</li><li>Facilitation</li></ul></dd>');
    expect(html).toContain('<li>MSc Urban Planning, University of Ghana (2012–2014)</li><li>BA Sociology, University of Ghana (2008–2012)</li>');
    expect(html).toContain('<dt class="font-semibold">Groups</dt><dd>Organisers</dd>');
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*class="inline-block rounded-full[^"]*">([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(links).toEqual(['E-mail Me mailto:ama@example.org', 'X https://x.com/amakwarteng', 'GitHub https://github.com/amakwarteng']);
    // The empty { name: , url: } organisation left by the template is not shown.
    expect(html).toContain('<p class="mt-1"><span><a href="https://example.org/commons"');
    expect(html).not.toContain('<span>, ');
  });

  it('shows the older social: form and education.courses, without the empty fields', async () => {
    const html = await renderAuthor('kofi-mensah');
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*class="inline-block rounded-full[^"]*">([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(links).toEqual(['Mastodon https://social.example.org/@kofi']);
    expect(html).toContain('<li>Electrical Engineering, Kumasi Technical University (2009)</li>');
    expect(html).toContain('<dd>Volunteers</dd>');
    expect(html).not.toContain('Interests');
    expect(html).not.toContain('mailto:');
  });

  it('reads a profile in TOML', async () => {
    const html = await renderAuthor('lena-fischer');
    expect(html).toContain('<h1 class="text-3xl font-bold leading-tight">Lena Fischer</h1>');
    expect(html).toContain('<a href="https://social.example.org/@lena" rel="me noopener noreferrer" class="inline-block rounded-full border border-border px-3 py-1 text-sm text-fg no-underline hover:border-accent">Mastodon</a>');
    expect(html).toContain('<li>Archives</li><li>Open data</li>');
  });

  it('lists the superuser first on /authors', () => {
    const names = [...authorsHtml.matchAll(/after:inset-0" href="\/authors\/([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['admin', 'kofi-mensah', 'lena-fischer']);
  });
});

describe('Hugo Blox event pages', () => {
  it('are listed on /events, from content/events and from Hugo\'s content/event', () => {
    const rows = [...eventsHtml.matchAll(/<article class="event-row" data-event="([^"]+)">/g)].map((m) => m[1]);
    expect(rows).toEqual(['hugo-meetup-2030', 'legacy-talk', 'spring-workshop-2019']);
    expect(eventsHtml).toContain(
      '<time dateTime="2019-04-12T22:00:00.000Z">Saturday, April 13 – Sunday, April 14, 2019</time> · All day · <bdi>Community centre De Meeuw, Meeuwenlaan 1, Amsterdam</bdi>',
    );
  });

  it('each lands on its own page with the event card, the series, the abstract and the links', async () => {
    const html = await renderPost('hugo-meetup-2030');
    expect(html).toContain('<h3 id="event-hugo-meetup-2030" dir="auto" class="event-title">Moving a community site without losing a link</h3>');
    expect(html).toContain('<time dateTime="2030-06-01T15:00:00+02:00">3:00 – 5:00 PM</time> <span class="event-zone">Amsterdam time (UTC+2)</span>');
    expect(html).toContain('<dd>Bibliotheek Oost, Linnaeusstraat 44, Amsterdam, 1092 CL, Netherlands</dd>');
    expect(html).toContain('<a href="https://example.org/hugo-meetup-2030" rel="noopener noreferrer" class="event-signup">Sign up');
    expect(html).toContain('<a href="/events/hugo-meetup-2030.ics" type="text/calendar" class="event-calendar">');
    expect(html).toContain('<p class="mt-4 text-muted">Part of Hugo Community Meetup 2030</p>');
    expect(html).toContain('<p class="mt-4 text-lg">We moved a <em>community</em> site with 400 posts. This talk shows what broke, what did not, and the one script that did the work.</p>');
    const links = [...html.matchAll(/<li><a href="([^"]+)" rel="noopener noreferrer" class="inline-block[^"]*">([^<]+)<\/a><\/li>/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(links).toEqual(['Follow https://x.com/communityexample', 'Code https://github.com/example/move-site']);
    expect(html).toContain('"@type":"Event","name":"Moving a community site without losing a link"');
  });

  it('has a calendar file', async () => {
    const { GET } = await import('@/app/(site)/events/[file]/route');
    const res = await GET(new Request('http://localhost/events/legacy-talk.ics'), { params: Promise.resolve({ file: 'legacy-talk.ics' }) });
    const ics = await res.text();
    expect(ics).toContain('SUMMARY:Open data for neighbourhoods');
    // Stamped with the post's own date, not the build's clock: a rebuild writes the same file.
    const again = await (await GET(new Request('http://localhost/events/legacy-talk.ics'), { params: Promise.resolve({ file: 'legacy-talk.ics' }) })).text();
    expect(again).toBe(ics);
    expect(ics).not.toMatch(new RegExp(`DTSTAMP:${new Date().getUTCFullYear()}`));
    expect(ics).toContain('DTSTART:20210306T150000Z');
    expect(ics).toContain('DTEND:20210306T160000Z');
  });

  it('gives an all-day event whole days in its calendar file', async () => {
    const { GET } = await import('@/app/(site)/events/[file]/route');
    const res = await GET(new Request('http://localhost/events/spring-workshop-2019.ics'), { params: Promise.resolve({ file: 'spring-workshop-2019.ics' }) });
    // Unfolded, thin spaces read as spaces.
    const ics = (await res.text()).replace(/\r\n /g, '').replace(/\u2009/g, ' ');
    expect(ics).toContain('DTSTART;VALUE=DATE:20190413\r\nDTEND;VALUE=DATE:20190415\r\n');
    expect(ics).toContain('Saturday\\, April 13 – Sunday\\, April 14\\, 2019\\, All day\\n');
  });
});
