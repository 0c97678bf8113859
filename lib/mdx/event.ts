/** `<Event />` shows the post's own `event:`; in a post without one it is an error with its line. */
import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentProblem, Post } from '../content';

export function remarkEventNeedsFrontMatter(post: Pick<Post, 'displayPath' | 'event'>, problems: ContentProblem[]) {
  return () => (tree: MdastRoot) => {
    if (post.event) return;
    visit(tree, (node) => {
      const jsx = node as unknown as { type: string; name?: string | null; position?: { start: { line: number } } };
      if ((jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') || jsx.name !== 'Event') return;
      problems.push({
        severity: 'error',
        file: post.displayPath,
        line: jsx.position?.start.line,
        field: 'body',
        expected: 'an event: block in the front matter (start, location, …) for <Event /> to show',
        found: '<Event /> in a post without one',
      });
    });
  };
}
