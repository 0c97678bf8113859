'use client';
/**
 * Highlights the table of contents entry of the section being read. Renders nothing; the code
 * that follows the scroll is a separate chunk (reading-position-runtime.ts), loaded by this
 * effect, so posts without a table of contents download none of it. Without JavaScript the
 * table of contents is the same list of links.
 */
import { useLazyStart } from './useLazyStart';

export function ReadingPosition() {
  useLazyStart(() => import('./reading-position-runtime').then((m) => m.startReadingPosition()), 'toc');
  return null;
}
