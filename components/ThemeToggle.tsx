'use client';

import { useEffect, useState } from 'react';
import { shownTheme, systemTheme, type Theme } from './shown-theme';

/** Must match public/theme.js, which applies the choice before the first paint. */
const STORAGE_KEY = 'theme';

/**
 * A toggle button for dark mode. Choosing the theme the system already uses forgets the choice,
 * so the page follows the system again. Hidden without JavaScript (CSS, via theme.js's data-js).
 */
export function ThemeToggle({ label }: { label: string }) {
  const [theme, setTheme] = useState<Theme | undefined>(undefined);

  useEffect(() => {
    setTheme(shownTheme());
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setTheme(shownTheme());
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const next: Theme = shownTheme() === 'dark' ? 'light' : 'dark';
    const root = document.documentElement;
    try {
      if (next === systemTheme()) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    if (next === systemTheme()) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', next);
    setTheme(next);
  };

  return (
    <button type="button" className="theme-toggle icon-button" aria-pressed={theme === 'dark'} onClick={toggle}>
      <span className="sr-only">{label}</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        {theme === 'dark' ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        ) : (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        )}
      </svg>
    </button>
  );
}
