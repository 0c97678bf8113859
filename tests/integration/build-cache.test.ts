/**
 * The build cache (lib/build/cache.ts) of compiled bodies and social cards: a hit gives exactly
 * what compiling or drawing again would, and an entry made from other inputs, another compiler or
 * other settings is never served. "Poisoning" below copies one body's entry over another's: if
 * the cache were consulted under a stale key, the page would show the wrong body.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as postCard } from '@/app/(site)/og/posts/[image]/route';
import { GET as siteCard } from '@/app/(site)/og/site.png/route';
import { loadContent } from '@/lib/content/load';
import type { Post } from '@/lib/content';
import { compilePost } from '@/lib/mdx/compile';
import { postProblems } from '@/scripts/check-content';
import { makeBlog, useContentDir } from '../helpers/blog';
import { makeContent, PNG_1x1, post } from '../helpers/content';
import { editorComponents } from '@/components/mdx';

const ROOT = process.cwd();
const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

let cacheDir: string;
beforeEach(() => {
  cacheDir = temp('blog-cache-');
  vi.stubEnv('BLOG_CACHE_DIR', cacheDir);
  vi.stubEnv('BLOG_CACHE', '');
});
afterEach(() => {
  process.chdir(ROOT);
  vi.unstubAllEnvs();
  temps.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** Every entry file of one part of the cache. */
function entries(name: string): string[] {
  const dir = path.join(cacheDir, name);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile()).sort();
}

/** The posts of a throwaway content folder, by slug in alphabetical order. */
function loadPosts(files: Record<string, string | Buffer>): Post[] {
  const { posts, problems } = loadContent({ root: makeContent(files), includeDrafts: true });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return posts.sort((a, b) => a.slug.localeCompare(b.slug));
}

const html = async (p: Post) => renderToStaticMarkup((await compilePost(p, { locale: 'en', components: editorComponents })).content);

/** Compiles `p` alone into an empty cache and returns the one entry it wrote. */
async function entryOf(p: Post): Promise<Buffer> {
  const before = new Set(entries('mdx'));
  await html(p);
  const added = entries('mdx').filter((f) => !before.has(f));
  expect(added).toHaveLength(1);
  return fs.readFileSync(added[0]!);
}

/** Puts `decoy`'s entry in place of every entry there is: a stale lookup would now show the decoy. */
async function poisonWith(decoy: Post) {
  const bytes = await entryOf(decoy);
  for (const f of entries('mdx')) fs.writeFileSync(f, bytes);
}

const FIXTURE = {
  'posts/alpha.md': post('title: Alpha\ndate: 2024-01-01', '\nAlpha body with `code` and a [link](https://example.org).\n'),
  'posts/decoy.md': post('title: Decoy\ndate: 2024-01-02', '\nDecoy body.\n'),
};

describe('the compiled-body cache', () => {
  it('gives the same HTML from a warm cache as from a cold one, for posts with math, code, components, images and events', async () => {
    const posts = loadPosts({
      'posts/math.md': post('title: Math\ndate: 2024-01-01', '\nEuler: $e^{i\\pi}+1=0$.\n\n```ts\nconst a: number = 1;\n```\n\n> [!NOTE]\n> A note.\n'),
      'posts/bundle/index.mdx': post('title: Bundle\ndate: 2024-01-02', '\n![The room](./header.png)\n\n## Why\n\n<Drivers title="Pulls">\n\n* Knowledge\n\n</Drivers>\n'),
      'posts/bundle/header.png': PNG_1x1,
      'posts/meetup.mdx': post("title: Meetup\ndate: 2024-01-03\nevent:\n  start: 2024-02-01T18:00\n  location: The hall", '\n<Event />\n\nSee you there.\n'),
    });
    const cold = await Promise.all(posts.map(html));
    expect(entries('mdx')).toHaveLength(posts.length);
    const stamps = entries('mdx').map((f) => fs.statSync(f).mtimeMs);
    const warm = await Promise.all(posts.map(html));
    expect(warm).toEqual(cold);
    // Served, not rewritten.
    expect(entries('mdx').map((f) => fs.statSync(f).mtimeMs)).toEqual(stamps);
    // bundle, math, meetup
    expect(cold[0]).toContain('/posts/bundle/header.png');
    expect(cold[1]).toContain('class="katex"');
    expect(cold[2]).toContain('The hall');
  });

  it('is filled by the content check and used by the page: the body is compiled once per build', async () => {
    const [alpha, decoy] = loadPosts(FIXTURE);
    expect(await postProblems(alpha!)).toEqual([]);
    expect(entries('mdx')).toHaveLength(1);
    const page = await html(alpha!);
    expect(page).toContain('Alpha body');
    expect(entries('mdx')).toHaveLength(1);
    // And the page really read the check's entry: replaced by another body's, the page shows that.
    await poisonWith(decoy!);
    expect(await html(alpha!)).toContain('Decoy body');
  });

  it('never serves an entry after the body changed', async () => {
    const [alpha, decoy] = loadPosts(FIXTURE);
    await html(alpha!);
    await poisonWith(decoy!);
    const edited = { ...alpha!, body: alpha!.body.replace('Alpha body', 'Edited body') };
    const page = await html(edited);
    expect(page).toContain('Edited body');
    expect(page).not.toContain('Decoy');
  });

  it('never serves an entry after a setting the body depends on changed (the base path in asset URLs)', async () => {
    const files: Record<string, string | Buffer> = { ...FIXTURE, 'posts/alpha/index.md': post('title: Alpha\ndate: 2024-01-01', '\n![Room](./header.png)\n'), 'posts/alpha/header.png': PNG_1x1 };
    delete files['posts/alpha.md'];
    const [alpha, decoy] = loadPosts(files);
    expect(await html(alpha!)).toContain('src="/posts/alpha/header.png"');
    await poisonWith(decoy!);
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/blog');
    vi.resetModules();
    const fresh = await import('@/lib/mdx/compile');
    const { loadContent: load } = await import('@/lib/content/load');
    const again = load({ root: path.dirname(path.dirname(alpha!.bundleDir!)), includeDrafts: true }).posts.find((p) => p.slug === 'alpha')!;
    const page = renderToStaticMarkup((await fresh.compilePost(again, { locale: 'en', components: editorComponents })).content);
    expect(page).toContain('src="/blog/posts/alpha/header.png"');
    expect(page).not.toContain('Decoy');
  });

  it('never serves links written for another way of serving: a static export (trailing slashes) after next start', async () => {
    const files = {
      ...FIXTURE,
      'posts/alpha.md': post('title: Alpha\ndate: 2024-01-01', '\nSee [the decoy]({{< relref "decoy" >}}).\n'),
    };
    const [alpha] = loadPosts(files);
    expect(await html(alpha!)).toContain('href="/posts/decoy"');
    vi.stubEnv('NEXT_PUBLIC_TRAILING_SLASH', '1');
    vi.resetModules();
    const fresh = await import('@/lib/mdx/compile');
    const page = renderToStaticMarkup((await fresh.compilePost(alpha!, { locale: 'en', components: editorComponents })).content);
    expect(page).toContain('href="/posts/decoy/"');
    expect(entries('mdx')).toHaveLength(2);
  });

  it("never serves a ref to a post's old name: renaming the target (its slug:) is another entry", async () => {
    const root = makeContent({ ...FIXTURE, 'posts/notes.md': post('title: Notes\ndate: 2024-01-01', '\nSee [the meetup]({{< ref "spring" >}}).\n'), 'posts/spring.md': post('title: Spring\ndate: 2023-01-01') });
    const notes = () => loadContent({ root, includeDrafts: true }).posts.find((p) => p.slug === 'notes')!;
    expect(await html(notes())).toContain('href="/posts/spring"');
    fs.writeFileSync(path.join(root, 'posts/spring.md'), post('title: Spring\ndate: 2023-01-01\nslug: spring-2023'));
    expect(await html(notes())).toContain('href="/posts/spring-2023"');
    expect(entries('mdx').length).toBeGreaterThanOrEqual(2);
  });

  it('is filled by the check for the build it runs before: a static export under /blog hits the entries with its own links', async () => {
    const root = makeContent({ ...FIXTURE, 'posts/alpha.md': post('title: Alpha\ndate: 2024-01-01', '\nSee [the decoy]({{< relref "decoy" >}}).\n') });
    const check = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/check-content.ts'], {
      // NODE_ENV as this test process has it, so the entries' key can match the pages' below.
      env: { ...process.env, CONTENT_DIR: root, BLOG_CACHE_DIR: cacheDir, STATIC_EXPORT: '1', BASE_PATH: '/blog', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(check.status, check.stderr).toBe(0);
    const written = entries('mdx');
    expect(written).toHaveLength(2);
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/blog');
    vi.stubEnv('NEXT_PUBLIC_TRAILING_SLASH', '1');
    vi.resetModules();
    const fresh = await import('@/lib/mdx/compile');
    const { loadContent: load } = await import('@/lib/content/load');
    const alpha = load({ root, includeDrafts: true }).posts.find((p) => p.slug === 'alpha')!;
    const page = renderToStaticMarkup((await fresh.compilePost(alpha, { locale: 'en', components: editorComponents })).content);
    expect(page).toContain('href="/blog/posts/decoy/"');
    expect(entries('mdx')).toEqual(written);
  });

  it('renders what a component reads from the site settings when the page renders, not when the entry was made', async () => {
    const [meetup] = loadPosts({ 'posts/meetup.mdx': post("title: Meetup\ndate: 2024-01-03\nevent:\n  start: 2024-02-01T18:00\n  location: The hall", '\n<Event />\n') });
    const english = renderToStaticMarkup((await compilePost(meetup!, { locale: 'en', components: editorComponents })).content);
    const german = renderToStaticMarkup((await compilePost(meetup!, { locale: 'de', components: editorComponents })).content);
    expect(entries('mdx')).toHaveLength(1);
    expect(english).toContain('February');
    expect(german).toContain('Februar');
    expect(german).not.toContain('February');
  });

  it('never serves an entry made by another version of the pipeline: our plugin code or a plugin package', async () => {
    const [alpha, decoy] = loadPosts(FIXTURE);
    const original = projectCopy(() => {});
    const pluginEdited = projectCopy((dir) => fs.appendFileSync(path.join(dir, 'lib/mdx/alerts.ts'), '\n// changed\n'));
    const packageBumped = projectCopy((dir) => {
      const file = path.join(dir, 'package-lock.json');
      const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
      lock.packages['node_modules/remark-gfm'].version = '99.0.0';
      fs.writeFileSync(file, JSON.stringify(lock));
    });
    process.chdir(original);
    await html(alpha!);
    await poisonWith(decoy!);
    expect(await html(alpha!)).toContain('Decoy body');
    for (const changed of [pluginEdited, packageBumped]) {
      process.chdir(changed);
      const page = await html(alpha!);
      expect(page).toContain('Alpha body');
      expect(page).not.toContain('Decoy');
    }
  });

  it('ignores a corrupt or truncated entry and writes it again', async () => {
    const [alpha] = loadPosts(FIXTURE);
    const cold = await html(alpha!);
    const [file] = entries('mdx');
    const good = fs.readFileSync(file!);
    for (const damaged of [good.subarray(0, good.length - 20), Buffer.concat([good.subarray(0, 80), Buffer.from('garbage'), good.subarray(87)]), Buffer.alloc(0)]) {
      fs.writeFileSync(file!, damaged);
      expect(await html(alpha!)).toBe(cold);
      expect(fs.readFileSync(file!)).toEqual(good);
    }
  });

  it('is neither read nor written with BLOG_CACHE=0', async () => {
    const [alpha, decoy] = loadPosts(FIXTURE);
    await html(alpha!);
    await poisonWith(decoy!);
    vi.stubEnv('BLOG_CACHE', '0');
    expect(await html(alpha!)).toContain('Alpha body');
    fs.rmSync(cacheDir, { recursive: true, force: true });
    await html(alpha!);
    expect(fs.existsSync(cacheDir)).toBe(false);
  });
});

describe('the social card cache', () => {
  const useContent = useContentDir();
  const params = (image: string) => ({ params: Promise.resolve({ image }) });
  const request = new Request('http://localhost/');
  const card = async (slug: string) => {
    const res = await postCard(request, params(`${slug}.png`));
    return { type: res.headers.get('content-type'), png: Buffer.from(await res.arrayBuffer()) };
  };

  it('gives byte-identical PNGs and headers from a warm cache, and draws a changed title anew', async () => {
    const root = makeBlog();
    useContent(root);
    const cold = [await card('code-notes'), await card('old-news')];
    expect(entries('cards')).toHaveLength(2);
    const warm = [await card('code-notes'), await card('old-news')];
    expect(warm).toEqual(cold);
    expect(cold[0]!.type).toBe('image/png');
    expect(cold[0]!.png.equals(cold[1]!.png)).toBe(false);
    // Another title for code-notes: the old entry (copied over every entry) must not be used.
    for (const f of entries('cards')) fs.copyFileSync(entries('cards')[0]!, f);
    const file = path.join(root, 'posts/code-notes.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Code notes', 'title: Code notes, revised'));
    vi.resetModules();
    const { GET } = await import('@/app/(site)/og/posts/[image]/route');
    const revised = Buffer.from(await (await GET(request, params('code-notes.png'))).arrayBuffer());
    expect(cold.some((c) => c.png.equals(revised))).toBe(false);
    expect(entries('cards')).toHaveLength(3);
  });

  it('draws again when the card code changed, ignores a corrupt entry, and can be turned off', async () => {
    useContent(makeBlog());
    const cold = Buffer.from(await (await siteCard()).arrayBuffer());
    const [file] = entries('cards');
    fs.writeFileSync(file!, fs.readFileSync(file!).subarray(0, 200));
    expect(Buffer.from(await (await siteCard()).arrayBuffer())).toEqual(cold);
    const copy = projectCopy((dir) => fs.appendFileSync(path.join(dir, 'components/SocialCard.tsx'), '\n// changed\n'));
    process.chdir(copy);
    expect(Buffer.from(await (await siteCard()).arrayBuffer())).toEqual(cold);
    expect(entries('cards')).toHaveLength(2);
    vi.stubEnv('BLOG_CACHE', '0');
    fs.rmSync(cacheDir, { recursive: true, force: true });
    expect(Buffer.from(await (await siteCard()).arrayBuffer())).toEqual(cold);
    expect(fs.existsSync(cacheDir)).toBe(false);
  });
});

/** A copy of the files the code versions are made of, to change one without touching ours. */
function projectCopy(edit: (dir: string) => void): string {
  const dir = temp('blog-project-');
  for (const f of ['lib/mdx', 'lib/images', 'lib/security/bundle-files.ts', 'lib/routes', 'lib/embeds.ts', 'components/SocialCard.tsx', 'app/_routes/social-card.tsx', 'package-lock.json']) {
    fs.cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  }
  edit(dir);
  return dir;
}
