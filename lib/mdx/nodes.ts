/**
 * The MDX node vocabulary the pipeline's plugins share: the JSX elements remark-mdx parses
 * (`<Drivers>`, `<Event />`), kept to the fields we read, and the node types that are MDX rather
 * than Markdown or HTML.
 */
import type { Position } from 'unist';

export interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** A JSX element in an mdast (children: RootContent) or hast (children: ElementContent) tree. */
export interface JsxNode<Child = unknown> {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: Child[];
  position?: Position;
}

/** Every node type MDX adds: JSX elements, `{expressions}` and `import`/`export`. */
export const MDX_NODE_TYPES: readonly string[] = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

export const isJsx = <Child = unknown>(node: { type: string }): node is JsxNode<Child> =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
