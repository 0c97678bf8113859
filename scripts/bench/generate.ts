/**
 * Synthetic content for the benchmark: N posts that look like the ones editors write (600–1,500
 * words, headings, lists, code, the community components, tags from a pool, authors, page
 * bundles with real PNG images, a few events). Deterministic: the same N gives the same folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** A small deterministic PRNG (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real RGB PNG of the given size: a diagonal gradient between two colours. */
export function pngImage(width: number, height: number, from: [number, number, number], to: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      for (let c = 0; c < 3; c++) rows[row + 1 + x * 3 + c] = Math.round(from[c]! + (to[c]! - from[c]!) * t);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const WORDS = (
  'community member workshop meetup volunteer champion onboarding newcomer story learning session ' +
  'practice energy trust welcome question answer platform challenge idea contribution feedback ' +
  'moderator event agenda outcome follow-up conversation network mentor growth retention habit ' +
  'ritual library recording notes facilitator breakout circle exercise survey insight momentum ' +
  'shared open honest small regular clear warm local online hybrid weekly monthly first next'
).split(' ');
const TAGS = [
  'community', 'workshop', 'events', 'onboarding', 'champions', 'moderation', 'volunteers', 'hybrid',
  'online', 'meetups', 'retention', 'storytelling', 'facilitation', 'tools', 'newsletters', 'mentoring',
  'surveys', 'governance', 'funding', 'partnerships', 'accessibility', 'remote', 'local-groups',
  'hackathons', 'documentation', 'recognition', 'feedback', 'growth', 'culture', 'leadership',
];
export const AUTHORS = ['ada-moreno', 'bo-lindqvist', 'chidi-okeke', 'dana-kowalski', 'eli-haddad', 'fen-zhao'];
const LANGS = ['ts', 'python', 'bash', 'yaml'];

export interface GenerateOptions {
  /** Number of posts. */
  count: number;
  /** Where to write; created, must not exist or be empty. */
  dir: string;
  seed?: number;
}

export interface Generated {
  posts: number;
  drafts: number;
  bundles: number;
  images: number;
  events: number;
  tags: number;
  words: number;
}

function sentence(rand: () => number, min = 8, max = 18): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = words.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

function paragraph(rand: () => number): string {
  return Array.from({ length: 3 + Math.floor(rand() * 4) }, () => sentence(rand)).join(' ');
}

function list(rand: () => number, items: number): string {
  return Array.from({ length: items }, () => `* ${sentence(rand, 4, 9).slice(0, -1)}`).join('\n');
}

function codeBlock(rand: () => number): string {
  const lang = LANGS[Math.floor(rand() * LANGS.length)]!;
  const lines = Array.from({ length: 4 + Math.floor(rand() * 6) }, (_, i) =>
    lang === 'python' ? `value_${i} = compute("${WORDS[i]}", ${i})` : lang === 'bash' ? `npm run task-${i} -- --flag ${i}` : lang === 'yaml' ? `key_${i}: ${WORDS[i]}` : `const value${i} = compute('${WORDS[i]}', ${i});`,
  );
  return '```' + lang + '\n' + lines.join('\n') + '\n```';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One post's file text; `images` are the bundle's body images (besides featured.png). */
function postSource(i: number, rand: () => number, opts: { images: string[]; event: boolean; draft: boolean }): { text: string; words: number } {
  const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000 * 0.7);
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 4) }, () => TAGS[Math.floor(rand() * TAGS.length)]!))];
  const authors = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 2) }, () => AUTHORS[Math.floor(rand() * AUTHORS.length)]!))];
  const fm = [
    '---',
    `title: 'Notes from session ${i + 1}: ${sentence(rand, 3, 6).slice(0, -1)}'`,
    `date: ${date}`,
    `summary: ${sentence(rand, 12, 20)}`,
    'authors:',
    ...authors.map((a) => `  - ${a}`),
    `tags: [${tags.join(', ')}]`,
    `categories: [${rand() < 0.5 ? 'Workshops' : 'Stories'}]`,
    `featured: ${i % 50 === 0}`,
    `draft: ${opts.draft}`,
  ];
  if (opts.event) {
    const start = new Date(day.getTime() + 30 * 86_400_000);
    const d = `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`;
    fm.push('event:', `  title: Community meetup ${i + 1}`, `  start: ${d}T14:00`, `  end: ${d}T17:00`, '  timezone: Europe/Amsterdam', '  location: online', `  signup_url: https://events.example.org/meetup-${i + 1}`);
  }
  fm.push('---', '');
  const body: string[] = [];
  const target = 600 + Math.floor(rand() * 900);
  let words = 0;
  let section = 0;
  const images = [...opts.images];
  while (words < target) {
    body.push(`## ${sentence(rand, 2, 5).slice(0, -1)}`, '');
    for (let p = 0; p < 2 + Math.floor(rand() * 2); p++) {
      const text = paragraph(rand);
      words += text.split(' ').length;
      body.push(text, '');
    }
    const image = images.shift();
    if (image) body.push(`![Diagram ${section + 1} of session ${i + 1}](./${image})`, '');
    const kind = section % 4;
    if (kind === 0) body.push(`<Drivers title="What brings people in">`, '', list(rand, 4), '', '</Drivers>', '');
    else if (kind === 1) body.push(`<Blockers title="What holds people back">`, '', list(rand, 3), '', '</Blockers>', '');
    else if (kind === 2) body.push(`<Activities title="What we will try next">`, '', list(rand, 4), '', '</Activities>', '');
    else body.push(codeBlock(rand), '');
    if (section === 1) body.push(`<Callout type="tip" title="Try this">`, '', sentence(rand), '', '</Callout>', '');
    section++;
  }
  if (opts.event) body.push('Sign up for the meetup: it is free and open to everyone.', '', '<Event />', '');
  return { text: fm.join('\n') + body.join('\n'), words };
}

export function generateContent({ count, dir, seed = 42 }: GenerateOptions): Generated {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new Error(`${dir} is not empty`);
  const rand = random(seed);
  const posts = path.join(dir, 'posts');
  fs.mkdirSync(posts, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'site.yaml'),
    ['title: Bench Community', 'description: Synthetic posts for the benchmark.', 'url: https://bench.example.org', 'language: en', 'timezone: Europe/Amsterdam', 'pageSize: 10', ''].join('\n'),
  );
  for (const [n, id] of AUTHORS.entries()) {
    const authorDir = path.join(dir, 'authors', id);
    fs.mkdirSync(authorDir, { recursive: true });
    const name = id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    fs.writeFileSync(path.join(authorDir, '_index.md'), `---\ntitle: ${name}\nrole: Community organiser\n---\n\n${name} has run workshops for ${n + 3} years.\n`);
    fs.writeFileSync(path.join(authorDir, 'avatar.png'), pngImage(64, 64, [40 * n, 120, 200], [200, 80, 40 * n]));
  }
  const totals: Generated = { posts: count, drafts: 0, bundles: 0, images: 0, events: 0, tags: 0, words: 0 };
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const bundle = i % 3 === 0; // a third are page bundles with images
    const event = i % 40 === 7;
    const draft = i % 97 === 13;
    const images = bundle && i % 6 === 0 ? ['diagram.png'] : [];
    const { text, words } = postSource(i, rand, { images, event, draft });
    for (const m of text.matchAll(/^tags: \[(.*)\]$/gm)) for (const t of m[1]!.split(', ')) used.add(t);
    const slug = `session-${String(i + 1).padStart(5, '0')}`;
    if (bundle) {
      const b = path.join(posts, slug);
      fs.mkdirSync(b);
      fs.writeFileSync(path.join(b, 'index.mdx'), text);
      fs.writeFileSync(path.join(b, 'featured.png'), pngImage(240, 135, [30, 90 + (i % 100), 160], [240, 200, 120]));
      totals.images++;
      for (const img of images) {
        fs.writeFileSync(path.join(b, img), pngImage(160, 90, [200, 60, 60], [60, 60, 200]));
        totals.images++;
      }
      totals.bundles++;
    } else fs.writeFileSync(path.join(posts, `${slug}.mdx`), text);
    totals.words += words;
    if (event) totals.events++;
    if (draft) totals.drafts++;
  }
  totals.tags = used.size;
  return totals;
}
