import type { ReactNode } from 'react';
import { translator, type MessageKey, type Translator } from '@/lib/i18n';
import { slugify } from '@/lib/terms/slug';

export type CommunityKind = 'drivers' | 'blockers' | 'activities';

const LOOK: Record<CommunityKind, { label: MessageKey; className: string; icon: ReactNode }> = {
  drivers: {
    label: 'community.drivers',
    className: 'community-drivers',
    // An arrow climbing: what pulls people in.
    icon: <path d="M4 17l6-6 4 4 6-8M14 7h6v6" />,
  },
  blockers: {
    label: 'community.blockers',
    className: 'community-blockers',
    // A barrier: what holds people back.
    icon: <path d="M3 9h18v6H3zM7 9l-3 6M13 9l-3 6M19 9l-3 6M6 15v5M18 15v5M6 4v5M18 4v5" />,
  },
  activities: {
    label: 'community.activities',
    className: 'community-activities',
    // A checklist: what to do next.
    icon: <path d="M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2" />,
  },
};

export interface CommunitySectionProps {
  kind: CommunityKind;
  /** Heading text; defaults to the kind ("Drivers"). */
  title?: string;
  /** Heading level inside the post, 2 to 4; defaults to 3. */
  level?: '2' | '3' | '4' | 2 | 3 | 4;
  children?: ReactNode;
  /** The post's interface language (set by lib/mdx, never by an editor); English when not given. */
  tr?: Translator;
}

/** A workshop finding set apart from the prose: a labelled region with heading, icon and list. */
export function CommunitySection({ kind, title, level = 3, children, tr = translator('en') }: CommunitySectionProps) {
  const look = LOOK[kind];
  const heading = title?.trim() || tr.t(look.label);
  const id = `${kind}-${slugify(heading)}`;
  const Heading = `h${Math.min(4, Math.max(2, Number(level) || 3))}` as 'h2' | 'h3' | 'h4';
  return (
    <section aria-labelledby={id} className={`community-section ${look.className}`} data-community={kind}>
      <Heading id={id} className="community-section-title">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className="community-section-icon">
          {look.icon}
        </svg>
        <span>{heading}</span>
      </Heading>
      <div className="community-section-body">{children}</div>
    </section>
  );
}

type Props = Omit<CommunitySectionProps, 'kind'>;
export const Drivers = (props: Props) => <CommunitySection kind="drivers" {...props} />;
export const Blockers = (props: Props) => <CommunitySection kind="blockers" {...props} />;
export const Activities = (props: Props) => <CommunitySection kind="activities" {...props} />;
