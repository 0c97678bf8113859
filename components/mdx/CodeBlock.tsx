import type { ComponentProps } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { translator, type Translator } from '@/lib/i18n';

/**
 * Every code block, with a copy button when scripts will run (`islands`); diagram sources have
 * none. A long line scrolls sideways, so on the page the block takes keyboard focus to scroll it
with the arrow keys (feeds, `islands: false`, get the plain block).
 */
export function CodeBlock({ islands, tr = translator('en'), ...props }: ComponentProps<'pre'> & { islands: boolean; tr?: Translator }) {
  if (!islands) return <pre {...props} />;
  if (String(props.className ?? '').includes('diagram-source')) return <pre tabIndex={0} {...props} />;
  return (
    <div className="code-block">
      <pre tabIndex={0} {...props} />
      <CopyButton labels={tr.labels({ copy: 'code.copy', copied: 'code.copied' })} />
    </div>
  );
}
