/**
 * The images step of `npm run check`: every PNG, JPEG and WebP file in a post's folder must decode
 * to its last byte (a corrupt or cut-short upload is an error naming the post and the line or
 * field that uses it, not a crash in the build). With a cache folder the check also makes each
 * image's variants (lib/images/pipeline.ts), which decodes it anyway.
 */
import path from 'node:path';
import type { ContentProblem, Post } from '../content';
import type { Asset } from '../content/discover';
import { displayPath } from '../content/paths';
import { isPublished } from '../content/posts';
import { decodeError, prepareImages, type ImageJob, type PreparedImage } from './pipeline';
import { fallbackFormat, isResponsive } from './plan';

const FORMAT_NAMES = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP', avif: 'AVIF' } as const;

/** Where the editor meets this image: the line of the body that names it, or the featured image. */
function reference(post: Post, asset: Asset): Pick<ContentProblem, 'file' | 'line' | 'field'> {
  if (post.featuredImage === asset) return { file: post.displayPath, field: 'featured image' };
  const at = post.body.split('\n').findIndex((line) => line.includes(asset.name) || line.includes(encodeURI(asset.name)));
  if (at >= 0) return { file: post.displayPath, line: post.bodyLine + at, field: 'image' };
  return { file: displayPath(asset.file), field: 'image' };
}

function unreadable(post: Post, asset: Asset, reason: string): ContentProblem {
  return {
    severity: 'error',
    ...reference(post, asset),
    expected: `a ${FORMAT_NAMES[fallbackFormat(asset.name)]} image that can be read to its end (save or export it again)`,
    found: `${JSON.stringify(asset.name)}, which cannot be read (${reason})`,
  };
}

export interface ImageCheck {
  problems: ContentProblem[];
  /** With a cache folder: each post's prepared variants, to publish. */
  prepared: { slug: string; image: PreparedImage; published: boolean }[];
  /** Variants encoded in this run (the rest came from the cache). */
  encoded: number;
}

export async function checkImages(posts: readonly Post[], { cacheDir }: { cacheDir?: string } = {}): Promise<ImageCheck> {
  const problems: ContentProblem[] = [];
  const jobs: { post: Post; asset: Asset; job: ImageJob }[] = [];
  for (const post of posts) {
    for (const asset of Object.values(post.assets)) {
      if (asset.kind !== 'image' || !isResponsive(asset.name)) continue;
      if (!asset.width || !asset.height || !asset.hash) {
        problems.push(unreadable(post, asset, 'its size cannot be read: not an image of this type'));
        continue;
      }
      const image = { name: asset.name, width: asset.width, height: asset.height, hash: asset.hash };
      jobs.push({ post, asset, job: { file: asset.file, image, social: post.featuredImage === asset } });
    }
  }
  const byJob = new Map(jobs.map((j) => [j.job, j]));
  if (!cacheDir) {
    for (const { post, asset, job } of jobs) {
      const reason = await decodeError(job.file);
      if (reason) problems.push(unreadable(post, asset, reason));
    }
    return { problems, prepared: [], encoded: 0 };
  }
  const { prepared, failed } = await prepareImages(
    jobs.map((j) => j.job),
    cacheDir,
  );
  for (const { job, reason } of failed) problems.push(unreadable(byJob.get(job)!.post, byJob.get(job)!.asset, reason));
  return {
    problems,
    prepared: prepared.map((image) => ({ slug: byJob.get(image.job)!.post.slug, image, published: isPublished(byJob.get(image.job)!.post, Date.now()) })),
    encoded: prepared.reduce((n, p) => n + p.encoded, 0),
  };
}

export const publicDir = (root = process.cwd()) => path.join(root, 'public');
