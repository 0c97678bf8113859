import type { ComponentProps } from 'react';
import { CopyButton } from '@/components/CopyButton';

/** Every code block, with a copy button when scripts will run (`islands`); diagram sources have none. */
export function CodeBlock({ islands, ...props }: ComponentProps<'pre'> & { islands: boolean }) {
  if (!islands || String(props.className ?? '').includes('diagram-source')) return <pre {...props} />;
  return (
    <div className="code-block">
      <pre {...props} />
      <CopyButton />
    </div>
  );
}
