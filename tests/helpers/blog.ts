/**
 * A small blog for feed, sitemap and metadata tests: three published posts (one page bundle with
 * a featured image, one with a code block and an in-page link), a draft that must appear nowhere,
 * one author profile and one author without a profile.
 */
import { afterEach } from 'vitest';
import { makeContent, PNG_1x1, post } from './content';

/** Points the site at a content folder for one test (CONTENT_DIR), restored afterwards. */
export function useContentDir(): (root: string) => void {
  const previous = process.env.CONTENT_DIR;
  afterEach(() => {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  });
  return (root) => {
    process.env.CONTENT_DIR = root;
  };
}

export const DRAFT_TITLE = 'Secret draft about the roadmap';

export function makeBlog(site: string = SITE_YAML): string {
  return makeContent({
    'site.yaml': site,
    'authors/ada/_index.md': '---\ntitle: Ada Lovelace\nrole: Organiser\n---\nWrites about meetups.\n',
    'posts/launch/index.mdx': post(
      "title: 'Launch & welcome <party>'\ndate: 2024-03-01\nlastmod: 2024-03-05\nsummary: The first post, with a <b>summary</b> & more.\nauthors: [ada, guest-writer]\ntags: [community, Workshop]",
      '\n![The room](./header.png)\n\n## Why\n\nRead [the notes](#why) and [all tags](/tags).\n\n<Drivers title="What pulls people in">\n\n* Knowledge\n\n</Drivers>\n',
    ),
    'posts/launch/featured.png': PNG_1x1,
    'posts/launch/header.png': PNG_1x1,
    'posts/code-notes.md': post(
      "title: Code notes\ndate: 2024-02-01\nauthors: [ada]\ntags: [tooling]\ncategories: [How-to Guides]",
      '\nA script we use.\n\n```ts\nconst answer: number = 42;\n```\n',
    ),
    'posts/old-news.md': post("title: Old news\ndate: 2023-01-10\ntags: [community, Café Talks]", '\nFrom last year.\n'),
    'posts/secret.md': post(`title: ${DRAFT_TITLE}\ndate: 2024-04-01\ndraft: true\nauthors: [ada]\ntags: [community, drafts-only]\ncategories: [How-to Guides, Drafts only]`, '\nNot yet.\n'),
  });
}

export const SITE_YAML = 'title: Test Blog\ndescription: Notes for tests.\nurl: https://blog.example.org\nlanguage: en\n';
