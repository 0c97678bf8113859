/**
 * The editor components that render block-level HTML and so must never sit inside a paragraph;
 * also the blocks the browser editor offers (lib/editor/blocks.ts). No React here, so the editor's
 * browser bundle can read the list without the components.
 */
export const BLOCK_NAMES = ['Drivers', 'Blockers', 'Activities', 'Callout', 'Figure', 'YouTube', 'Vimeo', 'Event'] as const;
