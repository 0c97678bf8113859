import type { ReactNode } from 'react';
import { showsAt, VisitorLocalTime, WhileEvent as WhileEventIsland, type WhileEventProps } from '@/components/EventClock';
import { googleCalendarUrl, outlookCalendarUrl } from '@/lib/publish/calendar-links';
import { describeWhen, eventMoments, isoInZone, locationLabel, phaseMoment, type EventInfo } from '@/lib/events';
import { translator, type Translator } from '@/lib/i18n';
import { eventCalendarEntry } from '@/lib/publish/ics';
import { calendarUrl } from '@/lib/routes/urls';
import { eventWords } from '../island-labels';

export interface EventCardProps {
  event: EventInfo;
  /** The post's slug: names the card and its calendar file. */
  slug: string;
  locale?: string;
  /** The moment the page is rendered: decides what a visitor without JavaScript sees. */
  builtAt?: number;
  /**
   * False where no JavaScript will ever run (the HTML of a feed): the card is fixed at its
   * build-time state, with the other states left out rather than hidden, and no client islands.
   */
  islands?: boolean;
  /** The interface language; the one of `locale` when not given. */
  tr?: Translator;
}

/** WhileEvent's server twin for static HTML: the children when the build-time state matches. */
function AtBuildTime({ builtAt, className, children, ...when }: WhileEventProps): ReactNode {
  return showsAt(when, builtAt) ? <div className={className}>{children}</div> : null;
}

/**
 * The "Save the date" card editors place with `<Event />`. Every state is in the HTML; the visitor's
 * clock shows the right one (components/EventClock.tsx), the build-time state is the fallback.
 */
export function EventCard({
  event,
  slug,
  locale = 'en',
  builtAt = phaseMoment(Date.now(), eventMoments([event])),
  islands = true,
  tr = translator(locale),
}: EventCardProps) {
  const WhileEvent = islands ? WhileEventIsland : AtBuildTime;
  const words = eventWords(tr);
  const when = describeWhen(event, locale, words);
  const clock = { start: event.start, end: event.end, signupDeadline: event.signupDeadline, builtAt };
  // The same entry as the .ics file, for the services that take one in a link.
  const entry = eventCalendarEntry(event, { slug }, '', locale);
  const titleId = `event-${slug}`;
  return (
    <section className="event-card not-prose" aria-labelledby={titleId} data-event={slug}>
      <WhileEvent {...clock} states={['upcoming']} className="event-eyebrow">
        {tr.t('event.saveTheDate')}
      </WhileEvent>
      <WhileEvent {...clock} states={['ongoing']} className="event-eyebrow event-eyebrow-live">
        {tr.t('event.happeningNow')}
      </WhileEvent>
      <WhileEvent {...clock} states={['ended']} className="event-eyebrow event-eyebrow-ended">
        {tr.t('event.pastEvent')}
      </WhileEvent>
      <h3 id={titleId} dir="auto" className="event-title">
        {event.title}
      </h3>
      {event.summary ? <p dir="auto" className="event-summary">{event.summary}</p> : null}
      <dl className="event-facts">
        <div>
          <dt>{tr.t('event.date')}</dt>
          <dd>
            <time dateTime={isoInZone(event.start, event.timeZone).slice(0, 10)}>{when.date}</time>
          </dd>
        </div>
        <div>
          <dt>{tr.t('event.time')}</dt>
          <dd>
            <time dateTime={isoInZone(event.start, event.timeZone)}>{when.time}</time>{' '}
            <span className="event-zone">{when.zone}</span>
            {islands ? (
              <VisitorLocalTime event={event} locale={locale} labels={tr.labels({ yourTimezone: 'event.yourTimezone', allDay: 'event.allDay', zone: 'event.zone' })} />
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{tr.t('event.where')}</dt>
          <dd>{locationLabel(event, words.online)}</dd>
        </div>
      </dl>
      {event.signupUrl ? (
        <>
          <WhileEvent {...clock} states={['upcoming', 'ongoing']} signup className="event-actions">
            <a href={event.signupUrl} rel="noopener noreferrer" className="event-signup">
              {tr.t('event.signUp')}
              <span className="sr-only">{tr.t('event.signUpFor', { title: event.title })}</span>
              {/* Out of the site: up and onwards, which is to the left in a right-to-left page. */}
              <span aria-hidden="true">{tr.dir === 'rtl' ? ' ↖' : ' ↗'}</span>
            </a>
          </WhileEvent>
          <WhileEvent {...clock} states={['upcoming', 'ongoing']} signup={false} className="event-actions">
            <p className="event-closed">{tr.t('event.closed')}</p>
          </WhileEvent>
        </>
      ) : null}
      <WhileEvent {...clock} states={['upcoming', 'ongoing']} className="event-actions event-calendars">
        <a href={calendarUrl(slug)} type="text/calendar" className="event-calendar">
          {tr.t('event.addToCalendar')}
          <span className="sr-only">{tr.t('event.icsFile', { title: event.title })}</span>
        </a>
        <a href={googleCalendarUrl(entry)} rel="noopener noreferrer" className="event-calendar-service">
          {tr.t('event.googleCalendar')}
          <span className="sr-only">{tr.t('event.addTitle', { title: event.title })}</span>
        </a>
        <a href={outlookCalendarUrl(entry)} rel="noopener noreferrer" className="event-calendar-service">
          {tr.t('event.outlook')}
          <span className="sr-only">{tr.t('event.addTitle', { title: event.title })}</span>
        </a>
      </WhileEvent>
      <WhileEvent {...clock} states={['ended']} className="event-actions">
        <p className="event-ended">{tr.t('event.ended')}</p>
      </WhileEvent>
    </section>
  );
}
