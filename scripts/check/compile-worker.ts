/** Worker thread of the content check: compiles its share of the posts, returns their problems. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentProblem, Post } from '../../lib/content';
import { postProblems } from '../../lib/mdx/problems';

const { posts } = workerData as { posts: Post[] };
const results: ContentProblem[][] = [];
for (const post of posts) results.push(await postProblems(post));
parentPort!.postMessage(results);
