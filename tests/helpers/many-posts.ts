import { makeContent, post } from './content';

/**
 * A content folder of many posts with known tags and categories, for pagination and tag counts.
 * Each tag has an id (its index in TAGS) and one or more spellings that must count as one tag;
 * the manifest says which post has which tag ids, so tests compute expected counts on their own.
 */
export const TAGS: readonly (readonly string[])[] = [
  ['Community', 'community'],
  ['Workshop', 'workshop', 'WORKSHOP'],
  ['Public Preview', 'public preview', 'public-preview'],
  ['Events'],
  ['Onboarding'],
  ['Remote'],
  ['Facilitation'],
  ['Champions'],
  ['Café'],
  ['cafe'],
  ['C++'],
  ['C'],
  ['C#'],
  ['Україна'],
  ['Straße'],
  ['Node.js'],
  ['R&D'],
  ['Open Source'],
  ['Mentoring'],
  ['Design'],
  ['Research'],
  ['Hackathon'],
  ['Accessibility'],
  ['Meetups'],
  ['日本語'],
];

export const CATEGORIES = ['Guides', 'News', 'Workshops', 'Stories'] as const;

export interface ManifestPost {
  slug: string;
  title: string;
  date: string;
  /** Tag ids (indexes into TAGS) and the spelling this post used for each. */
  tags: { id: number; spelling: string }[];
  category: (typeof CATEGORIES)[number];
}

export interface ManyPosts {
  root: string;
  pageSize: number;
  /** Newest first, as the site lists them. */
  posts: ManifestPost[];
}

export function makeManyPosts({ count = 60, pageSize = 7 }: { count?: number; pageSize?: number } = {}): ManyPosts {
  const posts: ManifestPost[] = [];
  for (let p = 0; p < count; p++) {
    const ids = new Set([p % TAGS.length]);
    if (p % 2 === 0) ids.add(0);
    if (p % 3 === 0) ids.add(1);
    if (p % 5 === 0) ids.add(2);
    const tags = [...ids].map((id) => ({ id, spelling: TAGS[id]![p % TAGS[id]!.length]! }));
    const day = new Date(Date.UTC(2024, 0, 1 + p)).toISOString().slice(0, 10);
    const number = String(p + 1).padStart(2, '0');
    posts.push({ slug: `post-${number}`, title: `Post number ${number}`, date: day, tags, category: CATEGORIES[p % CATEGORIES.length]! });
  }
  const files: Record<string, string> = {
    'site.yaml': `title: Many Posts\ndescription: A fixture with many posts.\nurl: https://many.example.org\npageSize: ${pageSize}\n`,
  };
  for (const p of posts) {
    files[`posts/${p.slug}.md`] = post(
      [
        `title: ${JSON.stringify(p.title)}`,
        `date: ${p.date}`,
        `summary: Summary of ${p.title.toLowerCase()}.`,
        'tags:',
        ...p.tags.map((t) => `  - ${JSON.stringify(t.spelling)}`),
        'categories:',
        `  - ${p.category}`,
      ].join('\n'),
    );
  }
  return { root: makeContent(files), pageSize, posts: posts.reverse() };
}

/** How many posts of the manifest have a tag id. */
export const countWithTag = (m: ManyPosts, id: number) => m.posts.filter((p) => p.tags.some((t) => t.id === id)).length;

/** The spelling of a tag most posts use (ties: the newest post's), from the manifest alone. */
export function mostUsedSpelling(m: ManyPosts, id: number): string {
  const counts = new Map<string, number>();
  for (const p of m.posts) for (const t of p.tags) if (t.id === id) counts.set(t.spelling, (counts.get(t.spelling) ?? 0) + 1);
  return [...counts].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}
