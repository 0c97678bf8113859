/**
 * The broken-content corpus (tests/fixtures/broken): posts and profiles written wrong the ways
 * editors write them wrong. Each case is checked alone for its exact messages, then the whole
 * folder at once, to show that no file crashes the check or hides another file's problem.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { loadContent, MAX_POST_BYTES } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { compilePost } from '@/lib/mdx/compile';
import { checkContent } from '@/scripts/check-content';
import { editorComponents } from '@/components/mdx';

const CORPUS = path.resolve('tests/fixtures/broken');
const DATE = 'a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00';
const MDX = 'valid MDX (close every <Tag>, escape { and < in prose as \\{ and \\<)';
const KNOWN_SHORTCODES =
  'a shortcode this site knows (callout, figure, gist, highlight, icon, instagram, mention, ref, relref, toc, tweet, vimeo, x, youtube); it was left out of the page';
const NO_SCRIPT = "no <script>: posts cannot run code in a visitor's browser; it was removed";

/** Each case: the corpus paths it needs, and every message `npm run check` prints for it. */
const CASES: Record<string, { paths: string[]; messages: string[] }> = {
  'bad YAML': {
    paths: ['posts/bad-yaml.md'],
    messages: ['posts/bad-yaml.md:3 front matter: expected valid YAML, found Flow sequence in block collection must be sufficiently indented and end with a ]'],
  },
  'a date that does not exist': {
    paths: ['posts/unreal-date.md'],
    messages: [`posts/unreal-date.md:3 date: expected ${DATE}, found "2024-02-30"`],
  },
  'a missing title': {
    paths: ['posts/missing-title.md'],
    messages: ['posts/missing-title.md:1 title: expected a title written as text, found nothing (the field is missing)'],
  },
  'a missing date': {
    paths: ['posts/missing-date.md'],
    messages: [`posts/missing-date.md:1 date: expected ${DATE}, found nothing (the field is missing)`],
  },
  'tags written as one line of text': {
    paths: ['posts/tags-as-text.md'],
    messages: ['posts/tags-as-text.md:4 tags: expected a list of tags (one "- item" per line), found "community, events"'],
  },
  'draft: yes': {
    paths: ['posts/draft-yes.md'],
    messages: ['posts/draft-yes.md:4 draft: expected true or false, found "yes"'],
  },
  'a year for a date': {
    paths: ['posts/date-as-number.md'],
    messages: [`posts/date-as-number.md:3 date: expected ${DATE}, found number 2024`],
  },
  'a lastmod in words': {
    paths: ['posts/bad-lastmod.md'],
    messages: [`posts/bad-lastmod.md:4 lastmod: expected ${DATE}, found "yesterday"`],
  },
  'a slug with spaces': {
    paths: ['posts/bad-slug.md'],
    messages: ['posts/bad-slug.md:4 slug: expected a slug of lowercase letters, digits and hyphens, found "Not A Slug"'],
  },
  'an image placement that does not exist': {
    paths: ['posts/bad-placement.md'],
    messages: ['posts/bad-placement.md:6 image.placement: expected placement 1 (page width), 2 (wider) or 3 (full width), found number 4'],
  },
  // Hugo keeps the last of two equal keys: so do we, with a warning naming the key and both lines.
  'a key written twice (the last one counts, as in Hugo)': {
    paths: ['posts/duplicate-key.md'],
    messages: ['posts/duplicate-key.md:4 warning: title: expected each key written once (the value on line 4 is used, as in Hugo), found "title" also on line 2'],
  },
  'tabs for YAML indentation': {
    paths: ['posts/tabs-in-yaml.md'],
    messages: ['posts/tabs-in-yaml.md:5 front matter: expected valid YAML, found Tabs are not allowed as indentation'],
  },
  // Hugo reads TOML front matter: so do we.
  'Hugo TOML front matter (fine)': { paths: ['posts/toml.md'], messages: [] },
  'JavaScript front matter': {
    paths: ['posts/js-front-matter.md'],
    messages: ['posts/js-front-matter.md:1 front matter: expected YAML front matter between --- lines (code front matter is never run), found ---js'],
  },
  'no front matter': {
    paths: ['posts/no-front-matter.md'],
    messages: ['posts/no-front-matter.md:1 front matter: expected front matter between --- lines at the top of the file, found "Just some notes, pasted without any front matter."'],
  },
  'front matter that never ends': {
    paths: ['posts/unclosed-front-matter.md'],
    messages: ['posts/unclosed-front-matter.md:1 front matter: expected a --- line closing the front matter, found no closing --- line'],
  },
  'front matter that is a list': {
    paths: ['posts/front-matter-list.md'],
    messages: ['posts/front-matter-list.md:2 front matter: expected YAML "key: value" lines, found a list'],
  },
  'an empty file': {
    paths: ['posts/empty.md'],
    messages: ['posts/empty.md:1 front matter: expected front matter between --- lines at the top of the file, found an empty file'],
  },
  'a file that is not UTF-8': {
    paths: ['posts/not-utf8.md'],
    messages: ['posts/not-utf8.md file: expected UTF-8 text, found bytes that are not UTF-8 (save the file with UTF-8 encoding)'],
  },
  'two posts with one slug': {
    paths: ['posts/duplicate-slug-1.md', 'posts/duplicate-slug-2.md'],
    messages: ['posts/duplicate-slug-2.md:4 slug: expected a slug no other post uses, found "same-slug", already used by posts/duplicate-slug-1.md'],
  },
  'a bundle with index.md and index.mdx': {
    paths: ['posts/both-index'],
    messages: ['posts/both-index page bundle: expected one index file (index.mdx or index.md), found both index.mdx and index.md'],
  },
  'a component that is never closed': {
    paths: ['posts/unclosed-component.mdx'],
    messages: [`posts/unclosed-component.mdx:6 body: expected ${MDX}, found Expected a closing tag for \`<Drivers>\` (6:1-6:10)`],
  },
  'a component that does not exist': {
    paths: ['posts/unknown-component.mdx'],
    messages: ['posts/unknown-component.mdx:8 body: expected a known component (Activities, Blockers, Callout, Drivers, Embed, Event, Figure, Vimeo, YouTube), found <Gallery>'],
  },
  'a stray brace in MDX prose': {
    paths: ['posts/stray-brace.mdx'],
    messages: [`posts/stray-brace.mdx:6 body: expected ${MDX}, found Unexpected end of file in expression, expected a corresponding closing brace for \`{\``],
  },
  'an HTML comment in MDX': {
    paths: ['posts/html-comment.mdx'],
    messages: [
      `posts/html-comment.mdx:8 body: expected ${MDX}, found Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`)`,
    ],
  },
  'an image that is not in the bundle': {
    paths: ['posts/missing-image'],
    messages: ['posts/missing-image/index.md:6 image: expected a file named "room.jpg" beside the post, found "./room.jpg", which does not exist'],
  },
  'a script in Markdown': {
    paths: ['posts/script.md'],
    messages: [`posts/script.md:8 warning: html: expected ${NO_SCRIPT}, found <script>`],
  },
  'a script in MDX': {
    paths: ['posts/script-jsx.mdx'],
    messages: [`posts/script-jsx.mdx:8 warning: html: expected ${NO_SCRIPT}, found <script src="https://evil.example/steal.js">`],
  },
  'an event handler in MDX': {
    paths: ['posts/onclick.mdx'],
    messages: [
      `posts/onclick.mdx:6 warning: html: expected no event handler attributes (on…): posts cannot run code in a visitor's browser; it was removed, found onclick="alert(1)"`,
    ],
  },
  'a javascript: link in Markdown': {
    paths: ['posts/javascript-link.md'],
    messages: [
      'posts/javascript-link.md:6 warning: html: expected a link to https://, http://, mailto: or a path in the site; it was removed, found href="javascript:alert(document.cookie)"',
    ],
  },
  'an iframe that is not a known embed': {
    paths: ['posts/iframe.md'],
    messages: [
      'posts/iframe.md:6 warning: html: expected a YouTube or Vimeo embed, or one of the providers embeds: in content/site.yaml can allow (google-slides, google-docs, google-sheets, google-forms, google-calendar, google-maps, openstreetmap, internet-archive); it became a link, found <iframe src="https://ads.example/banner">',
    ],
  },
  'a component in a .md file': {
    paths: ['posts/component-in-md.md'],
    messages: [
      'posts/component-in-md.md:6 warning: html: expected <Callout> only in a .mdx file (rename the file to use components; its text was kept), found <Callout> in a .md file',
    ],
  },
  'an unknown shortcode': {
    paths: ['posts/unknown-shortcode.md'],
    messages: [`posts/unknown-shortcode.md:8 warning: shortcode: expected ${KNOWN_SHORTCODES}, found {{< gallery album="spring-2024" >}}`],
  },
  'a shortcode that is never closed': {
    paths: ['posts/unterminated-shortcode.md'],
    messages: [
      'posts/unterminated-shortcode.md:6 warning: shortcode: expected a shortcode closed with >}} in the same paragraph, found "{{< figure src=\\"room.jpg\\" caption=\\"The room\\""',
    ],
  },
  'a shortcode inside an HTML block': {
    paths: ['posts/shortcode-in-html.md'],
    messages: [
      "posts/shortcode-in-html.md:7 warning: shortcode: expected a shortcode in Markdown text, not inside an HTML tag or a component's props; it was left out of the page, found {{< youtube dQw4w9WgXcQ >}}",
    ],
  },
  'a figure without an image': {
    paths: ['posts/figure-without-src.md'],
    messages: [
      'posts/figure-without-src.md:6 warning: shortcode: expected {{< figure src="image.png" alt="…" caption="…" >}}; it was left out of the page, found {{< figure caption="Where is the picture?" >}}',
    ],
  },
  'an author id without a profile': {
    paths: ['posts/unknown-author.md'],
    messages: [
      'posts/unknown-author.md:4 warning: authors: expected a profile at content/authors/jo-de-vries/_index.md, found "jo-de-vries" without one (shown as "Jo De Vries")',
    ],
  },
  'an author profile without a name': {
    paths: ['authors/no-name'],
    messages: ['authors/no-name/_index.md:1 warning: title: expected the author\'s display name as text, found nothing (the field is missing; shown as "No Name")'],
  },
  'author links that are not https or mailto': {
    paths: ['authors/linky'],
    messages: [
      'authors/linky/_index.md:5 warning: social[0].link: expected a link starting with https:// or mailto: (the link was left out), found "javascript:alert(1)"',
      'authors/linky/_index.md:10 warning: organizations[0].url: expected a link starting with https:// or mailto: (the link was left out), found "http://example.org"',
    ],
  },
  'an impossible date in TOML front matter': {
    paths: ['posts/toml-impossible-date.md'],
    messages: [`posts/toml-impossible-date.md:3 date: expected ${DATE}, found "2023-02-29"`],
  },
  'a TOML string that never closes': {
    paths: ['posts/toml-syntax-error.md'],
    messages: ['posts/toml-syntax-error.md:2 front matter: expected valid TOML, found control characters are not allowed in strings'],
  },
  'a trailing comma in JSON front matter': {
    paths: ['posts/json-trailing-comma.md'],
    messages: ['posts/json-trailing-comma.md:4 front matter: expected valid JSON, found Expected double-quoted property name'],
  },
  'an impossible RFC 1123 date from a WordPress export': {
    paths: ['posts/rfc-date-impossible.md'],
    messages: [`posts/rfc-date-impossible.md:3 pubDate: expected ${DATE}, found "Mon, 31 Feb 2014 10:00:00 +0000"`],
  },
  'an impossible publishDate': {
    paths: ['posts/impossible-publish-date.md'],
    messages: [`posts/impossible-publish-date.md:5 publishDate: expected ${DATE}, found "2024-13-01"`],
  },
  'an expiryDate but no date (expiryDate is no date of the post)': {
    paths: ['posts/only-expiry-date.md'],
    messages: [`posts/only-expiry-date.md:1 date: expected ${DATE}, found nothing (the field is missing)`],
  },
  'author fields of the wrong kind': {
    paths: ['authors/wrong-types'],
    messages: [
      'authors/wrong-types/_index.md:3 organizations: expected a list of organisations ({ name, url }), found "Acme Corporation"',
      'authors/wrong-types/_index.md:6 profiles[0].url: expected a link (https://… or mailto:…), found a list (["https://github.com/sam","https://github.com/sam-work"])',
      'authors/wrong-types/_index.md:9 interests: expected a list of interests (one "- item" per line), found number 5',
      // A field no page shows: a warning at most.
      'authors/wrong-types/_index.md:10 warning: superuser: expected true or false (the value was left out), found "yes"',
    ],
  },
  'a Hugo Blox event that ends before it starts': {
    paths: ['events/ends-before-it-starts'],
    messages: ['events/ends-before-it-starts/index.md:6 date_end: expected an end after the start (2024-10-10T19:00:00+00:00), found "2024-10-10T18:00:00Z"'],
  },
  'a postcode written as a list': {
    paths: ['events/postcode-as-list'],
    messages: [
      'events/postcode-as-list/index.md:4 address: expected an address as text, or street, city, region, postcode and country lines, found a mapping ({"street":"Linnaeusstraat 44","postcode":["1092 CL"]})',
    ],
  },
  // Hugo refuses these too (a quoted title continued at column 0 is read, tests/fixtures/hugo-tolerance).
  'a plain title continued at column 0': {
    paths: ['posts/plain-title-at-column-0.md'],
    messages: ['posts/plain-title-at-column-0.md:3 front matter: expected valid YAML, found Implicit keys need to be on a single line'],
  },
  'a quote never closed': {
    paths: ['posts/quote-never-closed.md'],
    messages: ['posts/quote-never-closed.md:3 front matter: expected valid YAML, found Missing closing "quote'],
  },
  // Hugo's versions disagree on "yes" (true to its older YAML reader, false to its cast): not guessed.
  'draft: "yes" in quotes': {
    paths: ['posts/draft-quoted-yes.md'],
    messages: ['posts/draft-quoted-yes.md:4 draft: expected true or false, found "yes"'],
  },
  'a byte order mark (fine)': { paths: ['posts/bom.md'], messages: [] },
  'Windows line endings (fine)': { paths: ['posts/crlf.md'], messages: [] },
};

const HUGE = 'posts/huge.md';
const HUGE_MESSAGE = `${HUGE} file: expected a post under ${MAX_POST_BYTES / 1024} KB, found 1100 KB`;

/** A content folder holding the given corpus paths (and, when asked, a post over the size limit). */
function corpusCopy(paths: string[], huge = false): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-corpus-'));
  for (const p of paths) fs.cpSync(path.join(CORPUS, p), path.join(root, p), { recursive: true });
  if (huge) {
    fs.mkdirSync(path.join(root, 'posts'), { recursive: true });
    const head = '---\ntitle: A pasted export\ndate: 2024-02-13\n---\n\n';
    fs.writeFileSync(path.join(root, HUGE), head + 'x'.repeat(1100 * 1024 - head.length));
  }
  return root;
}

/** Messages as the check prints them, with the folder's own path left off. */
async function messagesIn(root: string): Promise<string[]> {
  const prefix = `${displayPath(root)}/`;
  const { problems } = await checkContent(root);
  return problems.map((p) => formatProblem(p).replaceAll(prefix, ''));
}

const allCasePaths = [...new Set(Object.values(CASES).flatMap((c) => c.paths))];

describe('the broken-content corpus', () => {
  it('has a case for every file in it, and more than 25 of them', () => {
    const onDisk = ['posts', 'authors', 'events'].flatMap((dir) => fs.readdirSync(path.join(CORPUS, dir)).map((n) => `${dir}/${n}`));
    expect(onDisk.sort()).toEqual([...allCasePaths].sort());
    expect(Object.keys(CASES).length + 1).toBeGreaterThan(25);
  });

  it.each(Object.entries(CASES))('%s', async (_name, { paths, messages }) => {
    expect(await messagesIn(corpusCopy(paths))).toEqual(messages);
  });

  it('a post over the size limit', async () => {
    expect(await messagesIn(corpusCopy([], true))).toEqual([HUGE_MESSAGE]);
  });

  it('reports every message of every file together, and still loads the posts that are fine', async () => {
    const root = corpusCopy(allCasePaths, true);
    const expected = [...Object.values(CASES).flatMap((c) => c.messages), HUGE_MESSAGE];
    expect((await messagesIn(root)).sort()).toEqual(expected.sort());
    const slugs = loadContent({ root, includeDrafts: true }).posts.map((p) => p.slug);
    for (const fine of ['bom', 'crlf', 'script', 'unknown-author', 'iframe', 'same-slug', 'toml', 'duplicate-key']) expect(slugs).toContain(fine);
  });

  it("never shows the validator's own wording, in any message of the whole corpus", async () => {
    const messages = await messagesIn(corpusCopy(allCasePaths, true));
    expect(messages.length).toBeGreaterThan(40);
    // zod's default texts ("Invalid input: expected string, received null", "Too small: …").
    const VALIDATOR = /Invalid input|Invalid option|Invalid (string|type|enum|union)|expected \w+, received|\breceived (null|undefined|string|number|boolean|array|object)\b|Too (small|big)|Unrecognized key|\bRequired\b|Expected (string|number|boolean|array|object)\b/;
    expect(messages.filter((m) => VALIDATOR.test(m))).toEqual([]);
  });

  it('reads a byte order mark and Windows line endings as if they were not there', async () => {
    const { posts } = loadContent({ root: corpusCopy(['posts/bom.md', 'posts/crlf.md']), includeDrafts: true });
    expect(posts.map((p) => p.title)).toEqual(['Windows line endings', 'Saved with a byte order mark']);
    const html = renderToStaticMarkup((await compilePost(posts[0]!, { components: editorComponents })).content);
    expect(html).toBe('<p>Saved on Windows<br/>\nwith CRLF.</p>');
  });
});
