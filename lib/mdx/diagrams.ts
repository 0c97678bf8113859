/**
 * ```` ```mermaid ```` fences become diagrams. Rendering Mermaid needs a browser (a DOM and text
 * measurement), so it is not done at build time: the fence becomes a figure holding the diagram's
 * source, readable as it is without JavaScript, and pages that have one load the Mermaid script
 * (components/Diagrams.tsx) to draw it. Pages without a diagram load nothing for diagrams.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export interface DiagramState {
  used: boolean;
}

export function rehypeDiagrams(state: DiagramState) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (pre: Element, index, parent) => {
      if (pre.tagName !== 'pre' || !parent || index === undefined) return;
      const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const classes = code?.properties.className;
      if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
      state.used = true;
      const source = toString(code).replace(/\n$/, '');
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['diagram'], dataDiagram: 'mermaid' },
        children: [
          {
            type: 'element',
            tagName: 'pre',
            properties: { className: ['diagram-source'] },
            children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: source }] }],
          },
          { type: 'element', tagName: 'figcaption', properties: { className: ['diagram-caption'] }, children: [{ type: 'text', value: 'Diagram source (Mermaid)' }] },
        ],
      };
      return [SKIP, index + 1];
    });
  };
}
