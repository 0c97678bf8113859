/** The components editors may use inside posts: the only React in lib/. */
import type { ComponentProps } from 'react';
import { Callout } from '@/components/mdx/Callout';
import { Activities, Blockers, Drivers } from '@/components/mdx/CommunitySection';
import { Figure } from '@/components/mdx/Figure';
import { Vimeo } from '@/components/mdx/Vimeo';
import { YouTube } from '@/components/mdx/YouTube';

/** Components that render block-level HTML and so must never sit inside a paragraph. */
export const BLOCK_COMPONENTS: ReadonlySet<string> = new Set([
  'Drivers',
  'Blockers',
  'Activities',
  'Callout',
  'Figure',
  'YouTube',
  'Vimeo',
]);

export function mdxComponents(_source: { displayPath: string }) {
  return {
    Drivers,
    Blockers,
    Activities,
    Callout,
    Figure,
    YouTube,
    Vimeo,
    // Markdown tables scroll sideways on small screens instead of breaking the layout.
    table: (props: ComponentProps<'table'>) => (
      <div className="table-scroll">
        <table {...props} />
      </div>
    ),
  };
}
