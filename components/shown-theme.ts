/**
 * The theme the page shows: the visitor's choice (data-theme on <html>, set by public/theme.js and
 * the toggle) or else the system's. Browser-only; shared by the toggle, the diagrams and comments.
 */
export type Theme = 'light' | 'dark';

const DARK = '(prefers-color-scheme: dark)';

export const systemTheme = (): Theme => (matchMedia(DARK).matches ? 'dark' : 'light');

export function shownTheme(): Theme {
  const chosen = document.documentElement.getAttribute('data-theme');
  return chosen === 'light' || chosen === 'dark' ? chosen : systemTheme();
}

/** Calls `changed` whenever the shown theme may have changed (a choice or the system); returns the stop. */
export function watchShownTheme(changed: () => void): () => void {
  const choice = new MutationObserver(changed);
  choice.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia(DARK);
  media.addEventListener('change', changed);
  return () => {
    choice.disconnect();
    media.removeEventListener('change', changed);
  };
}
