import type { ReactNode } from 'react';

const KINDS = {
  note: { label: 'Note', icon: 'ℹ' },
  tip: { label: 'Tip', icon: '✦' },
  warning: { label: 'Warning', icon: '!' },
  important: { label: 'Important', icon: '★' },
  caution: { label: 'Caution', icon: '⚠' },
} as const;

export interface CalloutProps {
  type?: keyof typeof KINDS | string;
  title?: string;
  children?: ReactNode;
}

export function Callout({ type = 'note', title, children }: CalloutProps) {
  const kind = type in KINDS ? (type as keyof typeof KINDS) : 'note';
  const look = KINDS[kind];
  return (
    <aside role="note" className={`callout callout-${kind}`} aria-label={title ?? look.label}>
      <p className="callout-title">
        <span aria-hidden="true" className="callout-icon">{look.icon}</span>
        {title ?? look.label}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
