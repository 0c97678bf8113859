/**
 * The editor components by name: what the compiler must know of them (which tags are components,
 * which render blocks). The components themselves are UI (components/mdx/index.tsx) and reach the
 * compiled body from whoever renders it (`CompileOptions.components`), so lib/ never imports them;
 * tests/unit/import-cycles.test.ts keeps the names and the components in step.
 */
import type { Catalogue } from '../i18n';
import type { Post } from '../content';
import { BLOCK_NAMES } from './block-names';

/**
 * The components a body may hold (`<Callout>`, `{{< youtube >}}` becomes `<YouTube>`): the blocks
 * an editor writes, and Embed, which the body pipeline places for an allowed iframe (never written
 * as a block by an editor).
 */
export const EDITOR_COMPONENTS: readonly string[] = [...BLOCK_NAMES, 'Embed'];

/** Components that render block-level HTML and so must never sit inside a paragraph: all of them. */
export const BLOCK_COMPONENTS: ReadonlySet<string> = new Set(EDITOR_COMPONENTS);

/** The editor components (and the HTML elements they replace) for one body, as components/mdx makes them. */
export type MdxComponentsFor = (post: Post | undefined, locale: string | undefined, islands: boolean, messages?: Catalogue) => Record<string, unknown>;
