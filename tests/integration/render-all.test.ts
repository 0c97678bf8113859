/**
 * Every post and author biography in content/, and in every good fixture under tests/fixtures/,
 * loads without errors and renders to HTML with nothing raw or unsafe left in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { loadSite } from '@/lib/content/site';
import { compileAuthorAbout, compilePost } from '@/lib/mdx/compile';
import { executableConstructs } from '../helpers/executable';
import { editorComponents } from '@/components/mdx';

const FIXTURES = 'tests/fixtures';
const roots = [
  'content',
  ...fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    // Whole Hugo sites (hugo-site, hugo-site-yaml) become content through npm run import:hugo: import-hugo.test.ts.
    // The attack suite's text quotes its payloads as text ("onerror=…"): it is read as a browser
    // parses it, below.
    .filter((d) => d.isDirectory() && d.name !== 'broken' && d.name !== 'hostile' && !fs.existsSync(path.join(FIXTURES, d.name, 'content')))
    .map((d) => path.join(FIXTURES, d.name)),
];

/** What must never reach a visitor, whatever the content says. */
function expectSafeAndComplete(html: string, hasBody = true) {
  // Only a post without a body (a Hugo Blox event page often has none) renders to nothing.
  if (hasBody) expect(html.length).toBeGreaterThan(0);
  expect(html).not.toMatch(/<script|<style|<object|<embed|<form|\son[a-z]+=|javascript:/i);
  // Every iframe is one of ours: a privacy-friendly, lazy video player.
  for (const frame of html.match(/<iframe[^>]*>/g) ?? []) {
    expect(frame).toMatch(/src="https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/\d+\?dnt=1)/);
    expect(frame).toContain('loading="lazy"');
  }
  // No shortcode shown raw outside code, no placeholder left behind.
  expect(html.replace(/<code>[^]*?<\/code>/g, '')).not.toMatch(/\{\{[<%]/);
  expect(html).not.toMatch(/[\uE000\uE001]/);
}

describe.each(roots)('content in %s', (root) => {
  // Read as the site reads it: its languages decide which file names are translations.
  const site = loadSite(root, []);
  const { posts, authors, problems } = loadContent({ root, includeDrafts: true, timeZone: site.timezone, languages: site.languages.map((l) => l.code) });

  it('loads without errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(posts.length).toBeGreaterThan(0);
  });

  it.each(posts.map((p) => [p.slug, p] as const))('renders the post %s', async (_slug, post) => {
    expectSafeAndComplete(renderToStaticMarkup((await compilePost(post, { components: editorComponents })).content), post.body.trim() !== '');
  });

  const bios = [...authors.values()].filter((a) => a.about);
  it.runIf(bios.length).each(bios.map((a) => [a.id, a] as const))('renders the biography of %s', async (_id, author) => {
    expectSafeAndComplete(renderToStaticMarkup((await compileAuthorAbout(author, { components: editorComponents }))!.content));
  });
});

describe('the attack suite (tests/fixtures/hostile)', () => {
  const { posts, authors, problems } = loadContent({ root: path.join(FIXTURES, 'hostile'), includeDrafts: true });

  it('loads with warnings only', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(posts.length).toBeGreaterThan(0);
  });

  it.each(posts.map((p) => [p.slug, p] as const))('renders the post %s with nothing that could run', async (_slug, post) => {
    expect(executableConstructs(renderToStaticMarkup((await compilePost(post, { components: editorComponents })).content))).toEqual([]);
  });

  it('renders the biography with nothing that could run', async () => {
    expect(executableConstructs(renderToStaticMarkup((await compileAuthorAbout(authors.get('mallory')!, { components: editorComponents }))!.content))).toEqual([]);
  });
});
