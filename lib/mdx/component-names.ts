/**
 * The editor components by name: what the compiler must know of them (which tags are components,
 * which render blocks). The components themselves are UI (components/mdx/index.tsx) and reach the
 * compiled body from whoever renders it (`CompileOptions.components`), so lib/ never imports them;
 * tests/unit/content-guide.test.ts keeps the names and the components in step.
 */
import type { Catalogue } from '../i18n';
import type { Post } from '../content';
import { BLOCK_NAMES } from './block-names';

/** The components an editor may write in a body (`<Callout>`, `{{< youtube >}}` becomes `<YouTube>`). */
export const EDITOR_COMPONENTS: readonly string[] = ['Drivers', 'Blockers', 'Activities', 'Callout', 'Figure', 'YouTube', 'Vimeo', 'Embed', 'Event'];

/** Components that render block-level HTML and so must never sit inside a paragraph. */
// Embed is placed by the body pipeline for an allowed iframe, never written as a block by an editor.
export const BLOCK_COMPONENTS: ReadonlySet<string> = new Set([...BLOCK_NAMES, 'Embed']);

/** The editor components (and the HTML elements they replace) for one body, as components/mdx makes them. */
export type MdxComponentsFor = (post: Post | undefined, locale: string | undefined, islands: boolean, messages?: Catalogue) => Record<string, unknown>;
