/**
 * `npm run new -- "Post title"` creates content/posts/<slug>/index.mdx, a page bundle dated today
 * (in the site's timezone) with valid front matter, as a draft: `npm run dev` shows it, builds
 * leave it out until the editor sets `draft: false`. `--md` makes index.md instead. It never
 * overwrites: an existing folder, file or slug of that name stops it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../lib/slug';
import { loadContent } from '../lib/content/load';
import { contentRoot, displayPath } from '../lib/content/paths';
import { loadSite } from '../lib/content/site';
import { newPostSource } from '../lib/content/new-post-source';

export { newPostSource };

/** Today as YYYY-MM-DD in the given IANA timezone. */
export function today(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}


export interface NewPostResult {
  file: string;
  slug: string;
}

/** Creates the post, or throws an Error whose message tells the editor what to do instead. */
export function createPost(root: string, title: string, format: 'md' | 'mdx' = 'mdx', now = new Date()): NewPostResult {
  const clean = title.replace(/\s+/g, ' ').trim();
  // A file name that starts or ends with a dash (from a title like "— Notes —") is trimmed.
  const slug = slugify(clean).replace(/^-+|-+$/g, '');
  if (!slug) throw new Error(`A title with letters or digits is needed, e.g. npm run new -- "What we learned at the spring meetup" (got ${JSON.stringify(title)})`);
  const posts = path.join(root, 'posts');
  const taken = [path.join(posts, slug), path.join(posts, `${slug}.mdx`), path.join(posts, `${slug}.md`)].find((f) => fs.existsSync(f));
  if (taken) throw new Error(`${displayPath(taken)} already exists; nothing was changed. Pick another title, or edit that post.`);
  const existing = loadContent({ root, includeDrafts: true }).posts.find((p) => p.slug === slug);
  if (existing) throw new Error(`${existing.displayPath} already uses the slug "${slug}"; nothing was changed. Pick another title.`);
  const site = loadSite(root, []);
  const file = path.join(posts, slug, `index.${format}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, newPostSource(clean, today(site.timezone, now)), { flag: 'wx' });
  return { file, slug };
}

function main() {
  const args = process.argv.slice(2);
  const format = args.includes('--md') ? 'md' : 'mdx';
  const title = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!title.trim()) {
    console.error('Usage: npm run new -- "Post title" [--md]');
    process.exit(1);
  }
  try {
    const { file, slug } = createPost(contentRoot(), title, format);
    console.log(`Created ${displayPath(file)}`);
    console.log(`It is a draft: see it at /posts/${slug} in \`npm run dev\`; set draft: false to publish.`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

if (process.argv[1] && path.basename(process.argv[1]) === 'new-post.ts') main();
