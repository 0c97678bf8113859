/** Worker thread of the content check: compiles its share of the posts, returns their problems. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentProblem, Post } from '../../lib/content';
import { postProblems } from '../../lib/mdx/problems';
import { withAllowedEmbeds, withDefaultLanguage } from '../../lib/routes/page-language';

const { posts, defaultLanguage, embeds } = workerData as { posts: Post[]; defaultLanguage: string; embeds: readonly string[] };
// Links in a translated body are written under its language's prefix, which depends on the default;
// the embeds allowed are the checked site's.
const results: ContentProblem[][] = [];
await withDefaultLanguage(defaultLanguage, () =>
  withAllowedEmbeds(embeds, async () => {
    for (const post of posts) results.push(await postProblems(post));
  }),
);
parentPort!.postMessage(results);
