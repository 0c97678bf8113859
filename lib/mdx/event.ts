/** `<Event />` shows the post's own `event:`; in a post without one it is an error with its line. */
import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentProblem, Post } from '../content';
import { isJsx } from './nodes';

export function remarkEventNeedsFrontMatter(post: Pick<Post, 'displayPath' | 'event'>, problems: ContentProblem[]) {
  return () => (tree: MdastRoot) => {
    if (post.event) return;
    visit(tree, (node) => {
      if (!isJsx(node) || node.name !== 'Event') return;
      const jsx = node;
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
