'use client';
/**
 * Draws the page's Mermaid diagrams (see diagrams-runtime.ts). Rendered only on pages that have
 * one; until they are drawn, and without JavaScript, each diagram shows its source.
 */
import { say, type Labels } from '@/lib/message-format';
import { useLazyStart } from './useLazyStart';

/** Renders nothing; the drawing code is a separate chunk (diagrams-runtime.ts), loaded only here. */
export function Diagrams({ src, labels }: { src: string; labels: Labels<'failed'> }) {
  useLazyStart(() => import('./diagrams-runtime').then((m) => m.startDiagrams(src, (error) => say(labels, 'failed', { error }))), src);
  return null;
}
