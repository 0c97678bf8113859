'use client';
import { useEffect } from 'react';

/**
 * Runs code that lives in its own chunk once the component is on the page: `load` is a dynamic
 * import that resolves to a start function, which returns its own stop function. The chunk is
 * downloaded only by pages that render the component.
 */
export function useLazyStart(load: () => Promise<() => void>, key: string): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void load().then((s) => {
      if (live) stop = s;
      else s();
    });
    return () => {
      live = false;
      stop?.();
    };
    // `load` is a new function on each render; `key` says when it means something else.
  }, [key]);
}
