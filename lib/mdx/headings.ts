/**
 * The table of contents comes out of the same compile that renders the post: this rehype plugin
 * runs after rehype-slug and records every h2/h3 with the id the page will carry.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Heading {
  id: string;
  text: string;
  /** 2 or 3. */
  depth: number;
}

/** A table of contents helps once a post has this many sections. */
export const TOC_MIN_HEADINGS = 3;

export function rehypeCollectHeadings(headings: Heading[]) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties.id;
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (typeof id === 'string' && text) headings.push({ id, text, depth: node.tagName === 'h2' ? 2 : 3 });
    });
  };
}

/** The headings worth listing, or none when the post is too short to need a table of contents. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  return headings.length >= TOC_MIN_HEADINGS ? [...headings] : [];
}
