/**
 * GitHub's alerts: a blockquote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
 * `[!WARNING]` or `[!CAUTION]` becomes a <Callout> of that kind (the same component as Hugo's
 * `{{< callout note >}}`). Any other `[!WORD]` stays an ordinary blockquote.
 */
import type { Blockquote, Paragraph, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export const ALERT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;

const MARKER_RE = /^\[!([A-Za-z]+)\][ \t]*(?:\n|$)/;

export function remarkAlerts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (node: Blockquote, index, parent) => {
      if (!parent || index === undefined) return;
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const m = MARKER_RE.exec(text.value);
      const kind = m?.[1]!.toLowerCase();
      if (!m || !(ALERT_KINDS as readonly string[]).includes(kind!)) return;
      text.value = text.value.slice(m[0].length);
      if (!text.value) first.children.shift();
      // A soft line break right after the marker would start the body with a newline.
      const lead = first.children[0];
      if (lead?.type === 'text') lead.value = lead.value.replace(/^\s+/, '');
      const children = (first.children.length ? node.children : node.children.slice(1)) as RootContent[];
      const callout = {
        type: 'mdxJsxFlowElement',
        name: 'Callout',
        attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: kind }],
        children: children.filter((c) => !(c.type === 'paragraph' && (c as Paragraph).children.length === 0)),
        position: node.position,
      } as unknown as RootContent;
      (parent.children as RootContent[])[index] = callout;
      return [SKIP, index + 1];
    });
  };
}
