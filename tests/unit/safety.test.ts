import { describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/paths';
import { isUnsafeUrl, knownEmbed } from '@/lib/mdx/safety';
import { compileProblems, renderPostBody } from '../helpers/render';
import { post } from '../helpers/content';

const FM = 'title: T\ndate: 2024-01-01';

describe('URLs', () => {
  it('knows script URLs however they are written', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox', 'data:text/html;base64,PHNjcmlwdD4=']) {
      expect(isUnsafeUrl(url), url).toBe(true);
    }
    for (const url of ['https://example.org', '/posts/a', './x.png', 'mailto:a@b.c', '#top', 'data:image/png;base64,iVBOR']) {
      expect(isUnsafeUrl(url), url).toBe(false);
    }
  });

  it('recognises YouTube and Vimeo players and nothing else', () => {
    expect(knownEmbed('https://www.youtube.com/embed/dQw4w9WgXcQ?start=10')).toEqual({ component: 'YouTube', id: 'dQw4w9WgXcQ' });
    expect(knownEmbed('//www.youtube-nocookie.com/embed/dQw4w9WgXcQ')).toEqual({ component: 'YouTube', id: 'dQw4w9WgXcQ' });
    expect(knownEmbed('https://player.vimeo.com/video/76979871')).toEqual({ component: 'Vimeo', id: '76979871' });
    expect(knownEmbed('https://youtube.com.evil.example/embed/dQw4w9WgXcQ')).toBeUndefined();
    expect(knownEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBeUndefined();
  });
});

/** Everything that could run script: each must be gone from the page in both formats. */
const HOSTILE_MD = [
  '<script>alert(1)</script>',
  '<img src="https://example.org/x.png" onerror="alert(1)">',
  '<a href="javascript:alert(1)">a</a>',
  '<a href="&#106;avascript:alert(1)">entity</a>',
  '[link](javascript:alert(1))',
  '![img](javascript:alert(1))',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/"><button>Go</button></form>',
  '<style>body { display: none }</style>',
  '<svg onload="alert(1)"><circle r="4"/></svg>',
  '<details open ontoggle="alert(1)"><summary>s</summary>x</details>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<math><mtext><table><mglyph><style><img src="https://example.org/x" onerror="alert(1)">',
];

const HOSTILE_MDX = [
  '<script>alert(1)</script>',
  '<img src="https://example.org/x.png" onError="alert(1)"/>',
  '<a href="javascript:alert(1)">a</a>',
  '[link](javascript:alert(1))',
  '<iframe src="https://evil.example/"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<form action="https://evil.example/"><button>Go</button></form>',
  '<style>body \\{ display: none \\}</style>',
  '<div dangerouslySetInnerHTML="<img src=x onerror=alert(1)>">x</div>',
  '<div style="color: red">styled</div>',
  '<Figure src="javascript:alert(1)" caption="c" />',
  '<Callout onClick="alert(1)">c</Callout>',
  '<a href={"javascript:alert(1)"}>expression</a>',
];

function expectNothingRuns(html: string) {
  expect(html).not.toMatch(/<(script|iframe|object|embed|form|style|meta|base|svg|math)\b/i);
  expect(html).not.toMatch(/\son[a-z]+=|javascript:|vbscript:|data:text|dangerouslySetInnerHTML/i);
}

describe('nothing from content runs script', () => {
  it.each(HOSTILE_MD)('.md: %s', async (html) => {
    expectNothingRuns(await renderPostBody({ 'posts/a.md': post(FM, `\nBefore.\n\n${html}\n\nAfter.\n`) }));
  });

  it.each(HOSTILE_MDX)('.mdx: %s', async (html) => {
    const out = await renderPostBody({ 'posts/a.mdx': post(FM, `\nBefore.\n\n${html}\n\nAfter.\n`) });
    expectNothingRuns(out);
    expect(out).toContain('After.');
  });

  it('warns with the line for each thing it removed, in both formats', async () => {
    const body = '\nText.\n\n<script>alert(1)</script>\n\n<div onclick="go()">x</div>\n\n[x](javascript:alert(1))\n\n<object data="x.swf"></object>\n\n<embed src="x.swf"/>\n\n<form action="/"></form>\n\n<style>p</style>\n';
    const expected = (at: string, onclick: string) => [
      `${at}:8 warning: html: expected no <script>: posts cannot run code in a visitor's browser; it was removed, found <script>`,
      `${at}:10 warning: html: expected no event handler attributes (on…): posts cannot run code in a visitor's browser; it was removed, found ${onclick}="go()"`,
      `${at}:12 warning: html: expected a link to https://, http://, mailto: or a path in the site; it was removed, found href="javascript:alert(1)"`,
      `${at}:14 warning: html: expected no <object>: plugins are not allowed; it was removed, found <object>`,
      `${at}:16 warning: html: expected no <embed>: plugins are not allowed; it was removed, found <embed src="x.swf">`,
      `${at}:18 warning: html: expected no <form>: link to the form instead; it was removed, found <form>`,
      `${at}:20 warning: html: expected no <style>: posts use the site's styles; it was removed, found <style>`,
    ];
    const md = await compileProblems({ 'posts/a.md': post(FM, body) });
    expect(md.problems).toEqual(expected(displayPath(`${md.root}/posts/a.md`), 'onclick'));
    const mdx = await compileProblems({ 'posts/a.mdx': post(FM, body) });
    expect(mdx.problems).toEqual(expected(displayPath(`${mdx.root}/posts/a.mdx`), 'onclick'));
  });

  it('turns a YouTube or Vimeo iframe into the privacy-friendly player, without a warning', async () => {
    const files = { 'posts/a.md': post(FM, '\n<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Our talk" allowfullscreen></iframe>\n') };
    expect((await compileProblems(files)).problems).toEqual([]);
    expect(await renderPostBody(files)).toMatch(/^<figure class="video-embed"><div class="video-frame"><iframe src="https:\/\/www.youtube-nocookie.com\/embed\/dQw4w9WgXcQ" title="Our talk" loading="lazy"/);
  });

  it('keeps the text of a tag it does not allow, and says so', async () => {
    const { root, problems } = await compileProblems({ 'posts/a.md': post(FM, '\n<marquee>Big news</marquee>\n') });
    expect(problems).toEqual([
      `${displayPath(`${root}/posts/a.md`)}:6 warning: html: expected HTML tags the site allows (<marquee> is not one; its text was kept), found <marquee>`,
    ]);
    expect(await renderPostBody({ 'posts/a.md': post(FM, '\n<marquee>Big news</marquee>\n') })).toBe('<p>Big news</p>');
  });
});
