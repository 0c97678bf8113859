import type { EventInfo } from '@/lib/events';

/** The launch post's event as an editor writes it… */
export const LAUNCH_EVENT_YAML = `event:
  title: Community builders meetup
  start: 2023-04-11T13:00
  end: 2023-04-11T17:00
  timezone: Europe/Amsterdam
  location: online
  signup_url: https://share-eu1.hsforms.com/1zby6H9bOQ3S6A3h8NTGORAf6b89
  summary: An afternoon to share stories; brainstorm, and meet.`;

/** …and as the loader resolves it: 13:00–17:00 Amsterdam summer time is 11:00–15:00 UTC. */
export const LAUNCH_EVENT: EventInfo = {
  title: 'Community builders meetup',
  start: Date.UTC(2023, 3, 11, 11),
  end: Date.UTC(2023, 3, 11, 15),
  hasEnd: true,
  timeZone: 'Europe/Amsterdam',
  location: 'online',
  online: true,
  signupUrl: 'https://share-eu1.hsforms.com/1zby6H9bOQ3S6A3h8NTGORAf6b89',
  summary: 'An afternoon to share stories; brainstorm, and meet.',
};

/**
 * An IntersectionObserver the test drives (happy-dom's never reports): `reach()` tells every
 * observer made so far that its targets came into view. Stubbed globally; vi.unstubAllGlobals()
 * removes it.
 */
export function controllableViewport(vi: { stubGlobal: (name: string, value: unknown) => unknown }): { reach: () => void; observed: () => number } {
  const observers: { cb: (entries: { isIntersecting: boolean }[]) => void; targets: number; live: boolean }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private entry: (typeof observers)[number];
      constructor(cb: (entries: { isIntersecting: boolean }[]) => void) {
        this.entry = { cb, targets: 0, live: true };
        observers.push(this.entry);
      }
      observe() {
        this.entry.targets++;
      }
      unobserve() {
        this.entry.targets--;
      }
      disconnect() {
        this.entry.live = false;
      }
    },
  );
  return {
    reach: () => {
      for (const o of observers) if (o.live && o.targets) o.cb([{ isIntersecting: true }]);
    },
    observed: () => observers.filter((o) => o.live && o.targets).length,
  };
}
