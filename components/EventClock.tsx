'use client';
/**
 * The one island events need: pages are built once, but whether an event is upcoming or over
 * depends on when the visitor reads it. The server renders the state at build time (what a visitor
 * without JavaScript sees); after hydration the visitor's clock decides, and the page flips by
 * itself when the event starts or ends while it is open.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describeWhen, eventState, signupOpen, type EventInfo, type EventState } from '@/lib/events';
import { say, type Labels } from '@/lib/message-format';
import { onceNearViewport } from './near-viewport';

/** setTimeout runs at once for delays over 2^31-1 ms (~24.8 days); wait in steps instead. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * The visitor's current time: `builtAt` during server rendering and hydration (so the markup
 * matches), then the real clock, re-read at each of `moments` as it passes.
 */
export function useVisitorNow(builtAt: number, moments: readonly number[]): number {
  const [now, setNow] = useState(builtAt);
  const key = moments.join(',');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const next = moments.filter((m) => m > current).sort((a, b) => a - b)[0];
      if (next !== undefined) timer = setTimeout(tick, Math.min(next - current, MAX_TIMEOUT));
    };
    tick();
    return () => clearTimeout(timer);
    // `moments` is compared by value, through `key`.
  }, [key]);
  return now;
}

export function useEventState(event: Pick<EventInfo, 'start' | 'end'>, builtAt: number): EventState {
  return eventState(event, useVisitorNow(builtAt, [event.start, event.end]));
}

export interface WhileEventProps {
  start: number;
  end: number;
  signupDeadline?: number;
  builtAt: number;
  /** The states in which the children are shown. */
  states: readonly EventState[];
  /** Also only while signup is open (`true`) or once it has closed (`false`). */
  signup?: boolean;
  className?: string;
  children: ReactNode;
}

/** Whether children for `states` (and `signup`) show at `now`: the one rule the island and its server twin share. */
export function showsAt({ start, end, signupDeadline, states, signup }: Omit<WhileEventProps, 'builtAt' | 'children'>, now: number): boolean {
  if (!states.includes(eventState({ start, end }, now))) return false;
  return signup === undefined || signupOpen({ start, end, signupDeadline }, now) === signup;
}

/** Its children, shown only while the event is in one of `states` (hidden, not removed, otherwise). */
export function WhileEvent({ builtAt, className, children, ...when }: WhileEventProps) {
  const moments = [when.start, when.end, ...(when.signupDeadline === undefined ? [] : [when.signupDeadline])];
  const now = useVisitorNow(builtAt, moments);
  return (
    <div className={className} hidden={!showsAt(when, now)} data-event-when={when.states.join(' ')}>
      {children}
    </div>
  );
}

/**
 * "In your timezone: …", only for visitors whose clock is not on the event's local time. Worked
 * out when the card comes near the viewport, not while the page hydrates: the browser's first
 * date formatters in two time zones load their locale and zone data, a long task on a slow phone
 * that a reader who never scrolls to the event should not pay for. Until then (and without
 * JavaScript) the span is empty.
 */
export function VisitorLocalTime({ event, locale, labels }: { event: EventInfo; locale: string; labels: Labels<'yourTimezone' | 'allDay' | 'zone'> }) {
  const [text, setText] = useState<string>();
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const show = () => {
      const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const words = { allDay: say(labels, 'allDay'), zone: say(labels, 'zone') };
      const here = describeWhen({ ...event, timeZone: visitorZone }, locale, words);
      const there = describeWhen(event, locale, words);
      setText(here.date === there.date && here.time === there.time ? undefined : say(labels, 'yourTimezone', { time: `${here.date}, ${here.time} ${here.zone}` }));
    };
    const at = anchor.current;
    if (!at) return show();
    return onceNearViewport(at, '300px 0px', show);
  }, [event, locale, labels]);
  return (
    <span ref={anchor} className={text ? 'block text-sm text-muted' : undefined} data-visitor-time={text ? '' : undefined}>
      {text}
    </span>
  );
}
