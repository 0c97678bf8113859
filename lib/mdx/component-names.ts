/**
 * The editor components by name: what the compiler must know of them (which tags are components,
 * which render blocks). The components themselves are UI (components/mdx/index.tsx) and reach the
 * compiled body from whoever renders it (`CompileOptions.components`), so lib/ never imports them;
 * tests/unit/content-guide.test.ts keeps the names and the components in step.
 */
import type { Catalogue } from '../i18n';
import type { Post } from '../content';

/** The components an editor may write in a body (`<Callout>`, `{{< youtube >}}` becomes `<YouTube>`). */
export const EDITOR_COMPONENTS: readonly string[] = ['Drivers', 'Blockers', 'Activities', 'Callout', 'Figure', 'YouTube', 'Vimeo', 'Embed', 'Event'];

/** Components that render block-level HTML and so must never sit inside a paragraph. */
export const BLOCK_COMPONENTS: ReadonlySet<string> = new Set([
  'Drivers',
  'Blockers',
  'Activities',
  'Callout',
  'Figure',
  'YouTube',
  'Vimeo',
  'Embed',
  'Event',
]);

/** The editor components (and the HTML elements they replace) for one body, as components/mdx makes them. */
export type MdxComponentsFor = (post: Post | undefined, locale: string | undefined, islands: boolean, messages?: Catalogue) => Record<string, unknown>;
