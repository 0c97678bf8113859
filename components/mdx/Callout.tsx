import type { ReactNode } from 'react';
import { translator, type Translator } from '@/lib/i18n';
import { own } from '@/lib/own';

const KINDS = {
  note: { label: 'callout.note', icon: 'ℹ' },
  tip: { label: 'callout.tip', icon: '✦' },
  warning: { label: 'callout.warning', icon: '!' },
  important: { label: 'callout.important', icon: '★' },
  caution: { label: 'callout.caution', icon: '⚠' },
} as const;

export interface CalloutProps {
  type?: keyof typeof KINDS | string;
  title?: string;
  children?: ReactNode;
  /** The post's interface language (set by lib/mdx, never by an editor); English when not given. */
  tr?: Translator;
}

export function Callout({ type = 'note', title, children, tr = translator('en') }: CalloutProps) {
  const kind = own(KINDS, type) ? (type as keyof typeof KINDS) : 'note';
  const look = KINDS[kind];
  const label = title ?? tr.t(look.label);
  return (
    <aside role="note" className={`callout callout-${kind}`} aria-label={label}>
      <p className="callout-title">
        <span aria-hidden="true" className="callout-icon">{look.icon}</span>
        {label}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
