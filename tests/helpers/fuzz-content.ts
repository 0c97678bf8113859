/**
 * Generators for property-based tests of the content pipeline (fast-check): front matter and
 * bodies mixed from HTML attack fragments, Markdown, MDX, Hugo shortcodes, Unicode, and very long
 * or very deep input. tests/integration/fuzz-content.test.ts runs them in `npm test` (fixed seed);
 * `npm run fuzz` runs many more.
 */
import fc from 'fast-check';

/** HTML that has run script in some browser, some sanitiser or some Markdown renderer. */
export const HTML_VECTORS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)"/>',
  '<img src=x:x onerror=alert(1)//',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><animate attributeName=href values=javascript:alert(1) /></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe src="https://www.youtube-nocookie.com/embed/x" onload="alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<div onmouseover="alert(1)">x</div>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<style>@import "javascript:alert(1)";</style>',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<template><script>alert(1)</script></template>',
  '<video poster=javascript:alert(1)><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<textarea><script>alert(1)</script></textarea>',
  '<select><option><img src=x onerror=alert(1)></option></select>',
  '<frameset onload=alert(1)>',
  '<img srcset="javascript:alert(1) 1x">',
  '<a href="#" onclick="alert(1)">x</a>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '</script><script>alert(1)</script>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<div dangerouslySetInnerHTML={{__html: "<img src=x onerror=alert(1)>"}} />',
  '<img src="x" onError="alert(1)" />',
  '<a href={"javascript:alert(1)"}>x</a>',
  '{alert(1)}',
  'export const x = alert(1)',
  "import x from 'https://evil.example/x.js'",
];

const MARKDOWN = [
  '# Heading', '## Sub heading', '> a quote', '- item', '1. first', '    indented code', '```js\nconsole.log(1)\n```', '```', '~~~',
  '[a link](https://example.org)', '[js](javascript:alert(1))', '![img](javascript:alert(1))', '<javascript:alert(1)>', '[ref][r]\n\n[r]: javascript:alert(1)',
  '**bold** and _em_', '`code <script>`', '| a | b |\n| - | - |\n| 1 | 2 |', 'Text[^1].\n\n[^1]: A note.', '---', '***', '<!-- a comment -->',
  '\\{', '{', '}', '<', '>', '&amp;', '&', '<Callout>', '</Callout>', '<Figure src="x.png" />', '<YouTube id="dQw4w9WgXcQ" />', '<Vimeo id="1" />',
  '<Event />', '<Unknown />', '<div>', '</div>', '<span>', '- [ ] task', '- [x] done',
];

const SHORTCODES = [
  '{{< youtube dQw4w9WgXcQ >}}', '{{< youtube "\\"><script>alert(1)</script>" >}}', '{{< vimeo 123 >}}', '{{< vimeo javascript:alert(1) >}}',
  '{{< figure src="x.png" caption="<img src=x onerror=alert(1)>" >}}', '{{< figure src="javascript:alert(1)" >}}',
  '{{% callout note %}}', '{{% /callout %}}', '{{< callout warning >}}', '{{< /callout >}}', '{{< ref "other" >}}', '{{< relref "javascript:alert(1)" >}}',
  '{{< unknown >}}', '{{<', '>}}', '{{</* youtube x */>}}', '{{< highlight go >}}', '{{< /highlight >}}',
];

const separator = fc.constantFrom('', ' ', '\n', '\n\n', '\n> ', '\n- ', '\n\t');

/** Unicode of every kind: astral planes, combining marks, bidi controls, lone surrogates. */
const unicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('\u202e', '\u200b', '\ufeff', '\u0000', '\ud800', '\u2028', 'ﬁ', 'İ', '🏳️‍🌈', 'e\u0301'),
);

const deep = fc.integer({ min: 1, max: 300 }).chain((n) =>
  fc.constantFrom('>'.repeat(n) + ' deep', '<div>'.repeat(n) + 'x' + '</div>'.repeat(n), '<Callout>'.repeat(n) + 'x' + '</Callout>'.repeat(n), Array.from({ length: Math.min(n, 80) }, (_, i) => '  '.repeat(i) + '- x').join('\n')),
);
const long = fc.integer({ min: 1_000, max: 60_000 }).chain((n) => fc.constantFrom('a'.repeat(n), 'word '.repeat(n / 5), '*'.repeat(n), '['.repeat(n / 10), '<'.repeat(n / 10)));

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HTML_VECTORS) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 2, arbitrary: fc.constantFrom(...SHORTCODES) },
  { weight: 2, arbitrary: unicode },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: long },
);

export const body = fc.array(fc.tuple(piece, separator), { maxLength: 14 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

const yamlText = fc.oneof(
  fc.constantFrom(...HTML_VECTORS),
  unicode,
  fc.constantFrom('', '""', "''", 'null', '~', 'true', '42', '[a, b]', '{a: 1}', '&a x', '*a', '!!js/function "function(){}"', '|', '>', '- x', ': x', '#', '"unclosed'),
);
const quoted = (s: string) => JSON.stringify(s);
const field = fc.oneof(
  fc.tuple(fc.constantFrom('title', 'summary', 'slug', 'date', 'lastmod', 'draft', 'featured'), yamlText, fc.boolean()).map(([k, v, q]) => `${k}: ${q ? quoted(v) : v}`),
  fc.constantFrom('date: 2024-05-01', 'date: 2024-02-30', 'date: 2024-05-01T25:00', 'date: 1700000000', 'date: not a date', 'date:'),
  fc.tuple(fc.constantFrom('tags', 'categories', 'authors'), fc.array(yamlText, { maxLength: 4 })).map(([k, vs]) => `${k}:\n${vs.map((v) => `  - ${quoted(v)}`).join('\n')}`),
  fc.tuple(fc.constantFrom('caption', 'alt_text', 'placement', 'preview_only'), yamlText).map(([k, v]) => `image:\n  ${k}: ${quoted(v)}`),
  fc.tuple(fc.constantFrom('location', 'title', 'signup_url', 'start', 'timezone'), yamlText).map(([k, v]) => `event:\n  start: 2030-01-01T10:00\n  location: Hall\n  ${k}: ${quoted(v)}`),
  fc.constantFrom('a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'title: x\ntitle: y', '  indented: wrong', 'key without value', '\t tab: x'),
  fc.tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), yamlText).map(([k, v]) => `${k}: ${v}`),
);

/** A whole post file: front matter (mostly valid, often not) and a body. */
export const postFile = fc
  .tuple(
    fc.constantFrom('---\n', '---\n', '---\n', '---js\n', '+++\n', '', '\ufeff---\n', '---\r\n'),
    fc.boolean(),
    fc.array(field, { maxLength: 6 }),
    fc.constantFrom('---\n', '---\n', '---\n', '', '--- \n', '...\n'),
    body,
  )
  .map(([open, valid, fields, close, text]) => `${open}${valid ? 'title: A title\ndate: 2024-05-01\n' : ''}${fields.join('\n')}${fields.length ? '\n' : ''}${close}${text}\n`);

const value = fc.oneof(fc.constantFrom(...HTML_VECTORS), unicode, fc.constantFrom(...MARKDOWN));
/** A post whose front matter is valid YAML with hostile text in it, so that its body gets compiled. */
export const loadablePost = fc
  .tuple(
    value,
    fc.option(value),
    fc.array(value, { maxLength: 3 }),
    fc.option(fc.tuple(value, value)),
    body,
  )
  .map(([title, summary, tags, image, text]) =>
    [
      '---',
      `title: ${JSON.stringify(`T ${title}`)}`,
      'date: 2024-05-01',
      ...(summary === null ? [] : [`summary: ${JSON.stringify(summary)}`]),
      ...(tags.length ? ['tags:', ...tags.map((t) => `  - ${JSON.stringify(`t ${t}`)}`)] : []),
      ...(image === null ? [] : ['image:', `  caption: ${JSON.stringify(image[0])}`, `  alt_text: ${JSON.stringify(image[1])}`]),
      '---',
      '',
      text,
      '',
    ].join('\n'),
  );

/** A 1×1 PNG as a latin1 string (the generator's files are text). */
const PNG_1x1_TEXT = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64').toString('latin1');

/** Names every plain object answers to: a lookup by one of them in a plain object finds something. */
export const INHERITED_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;
const contentName = fc.constantFrom(...INHERITED_NAMES, ...INHERITED_NAMES.map((n) => n.toUpperCase()), 'community', 'Café talks', 'x');

/**
 * A small site whose every name slot holds a name content chose, the attack suite's above all:
 * site language and language list, an i18n override key, an author id and its profile icon, a
 * post's folder, slug, tags, categories, series, authors and translation key, a translation, and
 * in its body a picture, a link, a callout kind, a shortcode, an HTML tag, an entity, a code
 * language and a component. Each file is `[path, text]`.
 */
export const namedSite = fc
  .record({
    // A language code is checked against a pattern: most cases use one that passes.
    language: fc.option(fc.constantFrom('nl', 'nl', 'nl', 'de', ...INHERITED_NAMES.slice(0, 2))),
    i18nKey: fc.option(contentName),
    author: contentName,
    icon: contentName,
    folder: contentName,
    slug: fc.option(contentName),
    tag: contentName,
    category: contentName,
    series: fc.option(contentName),
    translationKey: fc.option(contentName),
    // A missing picture is an error: most cases name the one that is there.
    picture: fc.oneof({ weight: 1, arbitrary: contentName }, { weight: 2, arbitrary: fc.constant('real.png') }),
    callout: contentName,
    shortcode: contentName,
    tagName: contentName,
    codeLanguage: contentName,
    component: fc.option(contentName, { freq: 4 }),
  })
  .map((n): [string, string][] => {
    const folder = n.folder.replace(/\s/g, '-');
    return [
      ['site.yaml', `title: Names\n${n.language ? `languages:\n  - code: en\n  - code: ${JSON.stringify(n.language)}\n` : ''}`],
      ...(n.i18nKey ? [['i18n/en.yaml', `${JSON.stringify(n.i18nKey)}: Words\npost.${n.i18nKey}: Words\n`] as [string, string]] : []),
      [
        `authors/${n.author.replace(/\s/g, '-')}/_index.md`,
        `---\ntitle: ${JSON.stringify(n.author)}\nsocial:\n  - icon: ${JSON.stringify(n.icon)}\n    link: https://example.org/${encodeURIComponent(n.icon)}\n---\nA profile.\n`,
      ],
      [
        `posts/${folder}/index.md`,
        [
          '---',
          `title: ${JSON.stringify(`About ${n.tag}`)}`,
          'date: 2024-05-01',
          ...(n.slug ? [`slug: ${JSON.stringify(n.slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))}`] : []),
          `tags: [${JSON.stringify(n.tag)}]`,
          `categories: [${JSON.stringify(n.category)}]`,
          ...(n.series ? [`series: ${JSON.stringify(n.series)}`] : []),
          `authors: [${JSON.stringify(n.author)}]`,
          ...(n.translationKey ? [`translationKey: ${JSON.stringify(n.translationKey)}`] : []),
          '---',
          '',
          `![a picture](${n.picture}) and [a link](${n.picture}).`,
          '',
          `{{% callout ${n.callout} %}}`,
          'Mind the step.',
          '{{% /callout %}}',
          '',
          `{{< ${n.shortcode} >}} and <${n.tagName}>kept</${n.tagName}> and &${n.tagName};`,
          '',
          `\`\`\`${n.codeLanguage}`,
          'const x = 1;',
          '```',
          '',
          n.component ? `<${n.component.replace(/^\w/, (c) => c.toUpperCase())} />` : '<Callout>Known.</Callout>',
          '',
        ].join('\n'),
      ],
      [`posts/${folder}/real.png`, PNG_1x1_TEXT],
      ...(n.language ? [[`posts/${folder}/index.${n.language}.md`, `---\ntitle: Vertaald\ndate: 2024-05-02\ntags: [${JSON.stringify(n.tag)}]\n---\nVertaald.\n`] as [string, string]] : []),
    ];
  });
