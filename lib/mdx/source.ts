/**
 * What the compile pipeline needs to know about a body, whoever wrote it: a post, or the
 * biography under an author's profile. Relative files resolve against `assets` and are served
 * at `assetUrl(name)`.
 */
import type { Asset, Author, Post } from '../content';
import { assetUrl, authorAssetUrl } from '../routes/urls';

export interface BodySource {
  /** How messages name the file. */
  displayPath: string;
  format: 'md' | 'mdx' | 'html';
  body: string;
  /** File line on which the body starts, so messages name the file's own lines. */
  bodyLine: number;
  /** The folder relative files live in; absent for a single-file post. */
  bundleDir?: string;
  assets: Record<string, Asset>;
  assetUrl(name: string): string;
  /** The post the body belongs to; absent for an author's biography. */
  post?: Post;
}

export function postSource(post: Post): BodySource {
  return {
    displayPath: post.displayPath,
    format: post.format,
    body: post.body,
    bodyLine: post.bodyLine,
    bundleDir: post.bundleDir,
    assets: post.assets,
    assetUrl: (name) => assetUrl(post, name),
    post,
  };
}

/** The Markdown under an author's front matter; undefined when the profile has none. */
export function authorSource(author: Author): BodySource | undefined {
  if (!author.about) return undefined;
  return {
    ...author.about,
    assets: author.assets ?? {},
    assetUrl: (name) => authorAssetUrl(author.id, name),
  };
}
