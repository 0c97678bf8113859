'use client';

import { useEffect } from 'react';

type EarlyClicks = { __earlyClicks?: HTMLButtonElement[] | null };

/**
 * Presses again, once the page has hydrated, the buttons a visitor pressed before React took
 * over (lib/build/paint-first.ts notes them: scripts come after the first paint, so on a slow phone a
 * theme toggle or a copy button can be on screen a second before its handler). The last child of
 * <body>, so its effect runs after those of the islands before it; a button still inside a
 * boundary React has not hydrated gets the press through React's own queue.
 */
export function ReplayEarlyClicks() {
  useEffect(() => {
    const w = window as Window & EarlyClicks;
    const pressed = w.__earlyClicks ?? [];
    w.__earlyClicks = null;
    for (const button of pressed) if (button.isConnected && !button.disabled) button.click();
  }, []);
  return null;
}
