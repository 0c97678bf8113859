/** The event lists' islands (EventTimelineIsland.tsx) with their words in the page's language. */
import type { EventListItem } from '@/lib/events';
import { eventsPath } from '@/lib/routes/urls';
import { translator, type Translator } from '@/lib/i18n';
import { EventTimelineIsland, NextEventIsland } from './EventTimelineIsland';
import { eventTimelineLabels, nextEventLabels } from './island-labels';

interface EventListProps {
  items: EventListItem[];
  builtAt: number;
  /** The interface language (English when not given). */
  tr?: Translator;
}

/** The /events page: events still to come (soonest first), then past ones (most recent first). */
export function EventTimeline({ tr = translator('en'), ...props }: EventListProps) {
  return <EventTimelineIsland {...props} labels={eventTimelineLabels(tr)} />;
}

/** The home page's "Next event" block; gone once every listed event has ended. */
export function NextEvent({ tr = translator('en'), ...props }: EventListProps) {
  return <NextEventIsland {...props} labels={nextEventLabels(tr)} allHref={eventsPath()} />;
}
