import { renderToStaticMarkup } from 'react-dom/server';
import { loadContent } from '@/lib/content/load';
import { compilePost } from '@/lib/mdx/compile';
import { makeContent } from './content';
import { editorComponents } from '@/components/mdx';

/** Loads one post from a throwaway folder and renders its compiled body to HTML. */
export async function renderPostBody(files: Record<string, string | Buffer>, slug?: string): Promise<string> {
  const { posts, problems } = loadContent({ root: makeContent(files), includeDrafts: true });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`fixture has problems: ${JSON.stringify(errors)}`);
  const post = slug ? posts.find((p) => p.slug === slug)! : posts[0]!;
  const { content } = await compilePost(post, { components: editorComponents });
  return renderToStaticMarkup(content);
}

export async function compileProblems(files: Record<string, string | Buffer>) {
  const root = makeContent(files);
  const { posts } = loadContent({ root, includeDrafts: true });
  const { formatProblem } = await import('@/lib/content/errors');
  try {
    // Warnings too: the body compiles, but something was left out of the page.
    const { warnings } = await compilePost(posts[0]!, { components: editorComponents });
    return { root, problems: warnings.map(formatProblem) };
  } catch (err) {
    return { root, problems: ((err as { problems?: [] }).problems ?? []).map(formatProblem) };
  }
}
