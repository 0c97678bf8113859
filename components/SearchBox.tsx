'use client';

import { useId, type KeyboardEvent, type RefObject } from 'react';
import { say, type Labels } from '@/lib/message-format';
import { loadPagefind, MAX_RESULTS, useSiteSearch, type Hit, type SearchStatus } from './useSiteSearch';

export type SearchLabel =
  | 'formHeader'
  | 'formPage'
  | 'label'
  | 'placeholder'
  | 'hint'
  | 'searching'
  | 'unavailable'
  | 'results'
  | 'topResults'
  | 'none'
  | 'resultsLabel';

/**
 * Site search in the header: nothing is loaded until the box is focused (or "/" or Ctrl+K is
 * pressed); results are plain links, reachable with the arrow keys. Without JavaScript it is a
 * form that opens /search, which explains the alternatives.
 */
export function SearchBox({ variant = 'header', labels, action }: { variant?: 'header' | 'page'; labels: Labels<SearchLabel>; /** The search page in the page's language, as the browser requests it. */ action: string }) {
  const id = useId();
  const { inputRef, listRef, query, setQuery, hits, status, open, setOpen, run } = useSiteSearch(variant);

  const links = () => [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      links()[0]?.focus();
    } else if (e.key === 'Escape') {
      if (query) setQuery('');
      setOpen(false);
      void run('');
    }
  };

  const showPanel = open && query.trim() !== '' && status !== 'idle';
  const message = searchMessage(status, hits, labels);

  return (
    <form
      role="search"
      aria-label={say(labels, variant === 'header' ? 'formHeader' : 'formPage')}
      action={action}
      method="get"
      className={`search search-${variant}`}
      onSubmit={(e) => {
        e.preventDefault();
        const first = links()[0];
        if (first) first.click();
        else void run(query);
      }}
      onBlur={(e) => {
        if (variant === 'header' && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        {say(labels, 'label')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-q`}
        name="q"
        type="search"
        autoComplete="off"
        placeholder={say(labels, 'placeholder')}
        aria-describedby={`${id}-hint`}
        aria-controls={`${id}-results`}
        value={query}
        onFocus={() => {
          setOpen(true);
          loadPagefind().catch(() => undefined);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          void run(e.target.value);
        }}
        onKeyDown={onInputKey}
        className="search-input"
      />
      <span id={`${id}-hint`} className="sr-only">
        {say(labels, 'hint')}
      </span>
      {/* Always in the page, so screen readers hear each new count (a live region, not a second
          role=status beside the page's own). */}
      <p aria-live="polite" aria-atomic="true" className="sr-only search-live">
        {query.trim() && status !== 'idle' ? message : ''}
      </p>
      <div id={`${id}-results`} className={showPanel ? 'search-panel' : 'search-panel hidden'}>
        <p className="search-status" aria-hidden="true">
          {message}
        </p>
        {hits.length ? (
          <SearchResults hits={hits} listRef={listRef} labels={labels} onKeyDown={(e) => listKey(e, links(), inputRef.current, () => setOpen(false))} />
        ) : null}
      </div>
    </form>
  );
}

/** What the search says about its results: searching, unavailable, how many, or none. */
function searchMessage(status: SearchStatus, hits: Hit[], labels: Labels<SearchLabel>): string {
  if (status === 'loading') return say(labels, 'searching');
  if (status === 'error') return say(labels, 'unavailable');
  if (hits.length) return say(labels, hits.length === MAX_RESULTS ? 'topResults' : 'results', { n: hits.length });
  return say(labels, 'none');
}

/**
 * In the results, the arrow keys move from link to link (up from the first goes back to the box),
 * and Escape closes the panel and returns to the box.
 */
function listKey(e: KeyboardEvent<HTMLUListElement>, all: HTMLAnchorElement[], input: HTMLInputElement | null, close: () => void) {
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const next = at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  } else if (e.key === 'Escape') {
    close();
    input?.focus();
  }
}

interface SearchResultsProps {
  hits: Hit[];
  listRef: RefObject<HTMLUListElement | null>;
  labels: Labels<SearchLabel>;
  onKeyDown: (e: KeyboardEvent<HTMLUListElement>) => void;
}

/** The results as plain links: each page's title, and its excerpt with the matches marked. */
function SearchResults({ hits, listRef, labels, onKeyDown }: SearchResultsProps) {
  return (
    <ul ref={listRef} onKeyDown={onKeyDown} className="search-results" aria-label={say(labels, 'resultsLabel')}>
      {hits.map((hit) => (
        <li key={hit.url}>
          <a href={hit.url} className="search-result">
            <span className="search-result-title">{hit.title}</span>
            <span className="search-result-excerpt">
              {hit.excerpt.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
