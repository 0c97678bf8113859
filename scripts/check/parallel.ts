/**
 * Compiling every body is most of the content check's time (MDX parsing), and the build that
 * follows waits for it: spread the posts over one worker thread per core.
 */
import { allowedEmbeds, defaultLanguage } from '../../lib/routes/page-language';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentProblem, Post } from '../../lib/content';

/** Below this many posts per thread, starting a thread costs more than it saves. */
const MIN_POSTS_PER_THREAD = 150;

export function threadCount(posts: number, env: Record<string, string | undefined> = process.env): number {
  const wanted = Number(env.CHECK_THREADS) || os.availableParallelism();
  return Math.max(1, Math.min(wanted, Math.floor(posts / MIN_POSTS_PER_THREAD)));
}

/** Deals items out round-robin (neighbours in a folder tend to be alike in size). */
export function deal<T>(items: readonly T[], hands: number): T[][] {
  const out: T[][] = Array.from({ length: hands }, () => []);
  items.forEach((item, i) => out[i % hands]!.push(item));
  return out;
}

function runWorker(posts: Post[]): Promise<ContentProblem[][]> {
  const module = new URL('./compile-worker.ts', import.meta.url).href;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), { workerData: { module, posts, defaultLanguage: defaultLanguage(), embeds: allowedEmbeds() } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`content check worker exited with ${code}`)));
  });
}

/** Each post's problems, in the order of `posts`, using `compile` in-process when one thread is enough. */
export async function problemsPerPost(
  posts: Post[],
  compile: (post: Post) => Promise<ContentProblem[]>,
  threads = threadCount(posts.length),
): Promise<ContentProblem[][]> {
  if (threads <= 1) {
    const out: ContentProblem[][] = [];
    for (const post of posts) out.push(await compile(post));
    return out;
  }
  const hands = deal(posts.map((post, i) => ({ post, i })), threads);
  const results = await Promise.all(hands.map((hand) => runWorker(hand.map((h) => h.post))));
  const out: ContentProblem[][] = new Array(posts.length);
  hands.forEach((hand, w) => hand.forEach((h, j) => (out[h.i] = results[w]![j]!)));
  return out;
}
