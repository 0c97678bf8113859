import { describe, expect, it } from 'vitest';
import { buildIndex, formatProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { headerAdditions, pageSources, type CommunitySettings } from '@/lib/security/community-origins';
import { addCspMeta } from '@/lib/security/csp-hashes';
import { contentSecurityPolicy, headersFile, headerRules, pagePolicy, scriptPolicyForPage } from '@/lib/security/headers';
import { makeContent } from '../helpers/content';

function site(yaml: string) {
  const root = makeContent({ 'site.yaml': `title: A blog\nurl: https://blog.example.org\n${yaml}` });
  const index = buildIndex(root, false);
  return { site: index.site, messages: index.problems.map(formatProblem), file: displayPath(`${root}/site.yaml`) };
}

const GISCUS = 'comments:\n  provider: giscus\n  repo: our-org/blog\n  repo_id: R_kgDOH1a2bc\n  category: Comments\n  category_id: DIC_kwDOH1a2bc4CAbcd\n';
const UTTERANCES = 'comments:\n  provider: utterances\n  repo: our-org/blog\n';
const UUID = '94db1cb1-74f4-4a40-ad6c-962362670409';

describe('comments, newsletter and analytics in site.yaml', () => {
  it('are off unless written, and read each service with its defaults', () => {
    const off = site('').site;
    expect([off.comments, off.newsletter, off.analytics]).toEqual([undefined, undefined, undefined]);
    const { site: s, messages } = site(`${GISCUS}newsletter:\n  provider: kit\n  form_id: 1234567\n  privacy_url: /privacy\nanalytics:\n  provider: plausible\n`);
    expect(messages).toEqual([]);
    expect(s.comments).toEqual({ provider: 'giscus', repo: 'our-org/blog', repo_id: 'R_kgDOH1a2bc', category: 'Comments', category_id: 'DIC_kwDOH1a2bc4CAbcd', mapping: 'pathname', reactions: true, lang: 'en' });
    expect(s.newsletter).toEqual({ provider: 'kit', form_id: '1234567', privacy_url: '/privacy' });
    expect(s.analytics).toEqual({ provider: 'plausible', origin: 'https://plausible.io' });
  });

  it('name the file, the line and the field of each mistake', () => {
    const cases: [string, string][] = [
      [GISCUS.replace('  repo_id: R_kgDOH1a2bc\n', ''), ':3 comments.repo_id: expected the repository id that giscus.app shows as data-repo-id, such as R_kgDOH1a2bc, found nothing'],
      [GISCUS.replace('repo: our-org/blog', 'repo: https://github.com/our-org/blog'), ':5 comments.repo: expected a GitHub repository written owner/name, such as our-org/blog, found "https://github.com/our-org/blog"'],
      ['comments:\n  provider: disqus\n', ':4 comments.provider: expected the comments service: giscus or utterances, found "disqus"'],
      [`${UTTERANCES}  issue_term: slug\n`, ':6 comments.issue_term: expected how a page finds its thread: pathname, url, title or og:title, found "slug"'],
      ['comments: yes\n', ':3 comments: expected comments settings on indented lines, such as { provider: giscus, repo: our-org/blog, … }, found "yes"'],
      ['newsletter:\n  provider: substack\n', ':4 newsletter.provider: expected the newsletter service: buttondown, mailchimp, kit or listmonk, found "substack"'],
      ['newsletter:\n  provider: listmonk\n  url: http://lists.example.org\n  list: 5f1c2e9a-1b2c-4d3e-8f90-123456789abc\n', ':5 newsletter.url: expected the https:// address of your listmonk, such as https://lists.example.org, found "http://lists.example.org"'],
      ['newsletter:\n  provider: listmonk\n  url: https://lists.example.org\n', ':3 newsletter.list: expected the UUID of the public listmonk list, such as 5f1c2e9a-1b2c-4d3e-8f90-123456789abc, found nothing'],
      ['newsletter:\n  provider: mailchimp\n  action: https://example.com/subscribe/post?u=a&id=b\n', ':5 newsletter.action: expected the form action of your Mailchimp embedded form, such as https://example.us21.list-manage.com/subscribe/post?u=…&id=…, found "https://example.com/subscribe/post?u=a&id=b"'],
      ['newsletter:\n  provider: buttondown\n  username: our blog\n', ':5 newsletter.username: expected your Buttondown username, such as ourblog, found "our blog"'],
      ['newsletter:\n  provider: kit\n  form_id: abc\n', ':5 newsletter.form_id: expected the number of your Kit form, such as 1234567, found "abc"'],
      ['newsletter:\n  provider: buttondown\n  username: ourblog\n  privacy_url: javascript:alert(1)\n', ':6 newsletter.privacy_url: expected a page of the site such as /privacy, or an https:// link, found "javascript:alert(1)"'],
      ...['/x/..//evil.example', '/%2F%2Fevil.example', '/.//evil.example', '/\\evil.example', 'data:text/html,x', 'vbscript:msgbox(1)', 'java\tscript:alert(1)'].map((href): [string, string] => [
        `newsletter:\n  provider: buttondown\n  username: ourblog\n  privacy_url: ${JSON.stringify(href)}\n`,
        `:6 newsletter.privacy_url: expected a page of the site such as /privacy, or an https:// link, found ${JSON.stringify(href)}`,
      ]),
      ['analytics:\n  provider: umami\n  website_id: 94db1cb1-74f4-4a40-ad6c-962362670409\n  script: "javascript:alert(1)"\n', ':6 analytics.script: expected an https:// address such as https://cloud.umami.is/script.js, found "javascript:alert(1)"'],
      ['analytics:\n  provider: plausible\n  origin: "https://evil.example\\t/x"\n', ':5 analytics.origin: expected an https:// address such as https://plausible.io or your own Plausible, found "https://evil.example\\t/x"'],
      ['analytics:\n  provider: matomo\n', ':4 analytics.provider: expected the analytics service: plausible, umami or goatcounter, found "matomo"'],
      ['newsletter:\n  provider: listmonk\n  url: http://192.168.1.10:9000\n  list: 5f1c2e9a-1b2c-4d3e-8f90-123456789abc\n', ':5 newsletter.url: expected the https:// address of your listmonk, such as https://lists.example.org, found "http://192.168.1.10:9000"'],
      ['analytics:\n  provider: umami\n  website_id: 94db1cb1-74f4-4a40-ad6c-962362670409\n  origin: http://localhost.example.org\n', ':6 analytics.origin: expected an https:// address such as https://cloud.umami.is or your own Umami, found "http://localhost.example.org"'],
      ['analytics:\n  provider: plausible\n  origin: http://stats.example.org\n', ':5 analytics.origin: expected an https:// address such as https://plausible.io or your own Plausible, found "http://stats.example.org"'],
      ['analytics:\n  provider: umami\n  website_id: 42\n', ':5 analytics.website_id: expected the website id Umami shows, such as 94db1cb1-74f4-4a40-ad6c-962362670409, found number 42'],
      ['analytics:\n  provider: goatcounter\n', ':3 analytics.code: expected your GoatCounter code (mysite for https://mysite.goatcounter.com), or origin: the https:// address of your own GoatCounter, found nothing'],
    ];
    for (const [yaml, message] of cases) {
      const { messages, file } = site(yaml);
      expect(messages).toEqual([`${file}${message}`]);
    }
  });

  it('per post, `comments: false` turns the thread off, and a wrong value is an error with its line', () => {
    const root = makeContent({
      'site.yaml': GISCUS,
      'posts/quiet.md': '---\ntitle: Quiet\ndate: 2024-01-01\ncomments: false\n---\nNo thread.\n',
      'posts/odd.md': '---\ntitle: Odd\ndate: 2024-01-02\ncomments: maybe\n---\nHm.\n',
    });
    const index = buildIndex(root, false);
    expect(index.posts.find((p) => p.slug === 'quiet')?.comments).toBe(false);
    expect(index.problems.map(formatProblem)).toEqual([`${displayPath(`${root}/posts/odd.md`)}:4 comments: expected true or false (false: no comments under this post), found "maybe"`]);
  });
});

const config = (yaml: string): CommunitySettings => site(yaml).site as CommunitySettings;

describe('the Content-Security-Policy with community services', () => {
  it('gains nothing when all of it is off', () => {
    const off = config('');
    expect(headerAdditions(off)).toEqual({});
    expect(pagePolicy(headerAdditions(off))).toBe(contentSecurityPolicy);
    expect(headerRules(headerAdditions(off))).toEqual(headerRules());
    expect(headersFile([], headerAdditions(off))).toBe(headersFile());
    expect(scriptPolicyForPage(['abc'], pageSources(off, true))).toBe(scriptPolicyForPage(['abc']));
  });

  it('gains exactly the origins of each configured service, in the directives it needs', () => {
    expect(headerAdditions(config(GISCUS))).toEqual({ 'script-src': ['https://giscus.app'], 'frame-src': ['https://giscus.app'] });
    expect(headerAdditions(config(UTTERANCES))).toEqual({ 'script-src': ['https://utteranc.es'], 'frame-src': ['https://utteranc.es'] });
    const newsletters: [string, string][] = [
      ['provider: buttondown\n  username: ourblog', 'https://buttondown.com'],
      ['provider: mailchimp\n  action: "https://example.us21.list-manage.com/subscribe/post?u=abc&id=def"', 'https://example.us21.list-manage.com'],
      ['provider: kit\n  form_id: 1234567', 'https://app.kit.com'],
      ['provider: listmonk\n  url: https://lists.example.org\n  list: 5f1c2e9a-1b2c-4d3e-8f90-123456789abc', 'https://lists.example.org'],
    ];
    // A self-hosted service tried out on this machine: http:// on the loopback address only.
    newsletters.push(['provider: listmonk\n  url: http://127.0.0.1:9000/\n  list: 5f1c2e9a-1b2c-4d3e-8f90-123456789abc', 'http://127.0.0.1:9000']);
    for (const [yaml, origin] of newsletters) expect(headerAdditions(config(`newsletter:\n  ${yaml}\n`))).toEqual({ 'form-action': [origin] });
    const analytics: [string, Record<string, string[]>][] = [
      ['provider: plausible', { 'script-src': ['https://plausible.io'], 'connect-src': ['https://plausible.io'] }],
      ['provider: plausible\n  origin: https://stats.example.org', { 'script-src': ['https://stats.example.org'], 'connect-src': ['https://stats.example.org'] }],
      [`provider: umami\n  website_id: ${UUID}`, { 'script-src': ['https://cloud.umami.is'], 'connect-src': ['https://cloud.umami.is'] }],
      [`provider: umami\n  website_id: ${UUID}\n  origin: https://umami.example.org\n  host_url: https://collect.example.org`, { 'script-src': ['https://umami.example.org'], 'connect-src': ['https://collect.example.org'] }],
      ['provider: goatcounter\n  code: ourblog', { 'script-src': ['https://gc.zgo.at'], 'connect-src': ['https://ourblog.goatcounter.com'], 'img-src': ['https://ourblog.goatcounter.com'] }],
      ['provider: plausible\n  origin: http://localhost:8000', { 'script-src': ['http://localhost:8000'], 'connect-src': ['http://localhost:8000'] }],
      ['provider: goatcounter\n  origin: https://stats.example.org', { 'script-src': ['https://stats.example.org'], 'connect-src': ['https://stats.example.org'], 'img-src': ['https://stats.example.org'] }],
    ];
    for (const [yaml, additions] of analytics) expect(headerAdditions(config(`analytics:\n  ${yaml}\n`))).toEqual(additions);
    expect(pagePolicy(headerAdditions(config('newsletter:\n  provider: buttondown\n  username: ourblog\n')))).toContain("form-action 'self' https://buttondown.com;");
  });

  it("a page's meta names the comment service only when the page shows comments; analytics on every page", () => {
    const s = config(`${GISCUS}analytics:\n  provider: plausible\n`);
    const page = (body: string) => `<html><head><meta charSet="utf-8"/></head><body>${body}</body></html>`;
    const meta = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(addCspMeta(html, s).html)![1];
    expect(meta(page('<section aria-labelledby="comments-heading" data-comments-thread="giscus"></section>'))).toBe(
      "script-src 'self' 'wasm-unsafe-eval' https://plausible.io https://giscus.app; script-src-attr 'none'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://giscus.app",
    );
    expect(meta(page('<p>data-comments-thread="giscus" as text</p>'))).toBe(
      "script-src 'self' 'wasm-unsafe-eval' https://plausible.io; script-src-attr 'none'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
    );
  });
});
