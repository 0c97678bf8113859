'use client';

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { say, type Labels } from '@/lib/message-format';
import { browserUrl } from '@/lib/routes/links';

/** The part of Pagefind's browser API we use (/pagefind/pagefind.js, written after the build). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] } | null>;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Hit {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}
type ExcerptPart = { text: string; mark: boolean };

const MAX_RESULTS = 8;

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

let pagefind: Promise<Pagefind> | undefined;

/** Loads the search bundle once, the first time a visitor reaches for search. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ browserUrl('/pagefind/pagefind.js')) as Promise<Pagefind>).then(
    async (pf) => {
      // Result URLs are site paths; the base path (BASE_PATH) goes in front of them.
      await pf.options({ baseUrl: browserUrl('/'), excerptLength: 24 });
      await pf.init();
      return pf;
    },
    (err: unknown) => {
      pagefind = undefined;
      throw err;
    },
  );
  return pagefind;
}

/** Pagefind's excerpt is HTML with <mark> around the matches; keep the marks, render the rest as text. */
function excerptParts(html: string): ExcerptPart[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.childNodes].map((node) => ({ text: node.textContent ?? '', mark: node.nodeName === 'MARK' }));
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Site search in the header: nothing is loaded until the box is focused (or "/" or Ctrl+K is
 * pressed); results are plain links, reachable with the arrow keys. Without JavaScript it is a
 * form that opens /search, which explains the alternatives.
 */
export function SearchBox({ variant = 'header', labels, action }: { variant?: 'header' | 'page'; labels: Labels<SearchLabel>; /** The search page in the page's language, as the browser requests it. */ action: string }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [open, setOpen] = useState(false);
  const latest = useRef(0);

  const run = useCallback(async (term: string) => {
    const ticket = ++latest.current;
    if (!term.trim()) {
      setHits([]);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    try {
      const pf = await loadPagefind();
      const found = await pf.search(term);
      const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest.current) return;
      setHits(data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: excerptParts(d.excerpt) })));
      setStatus('done');
    } catch {
      if (ticket === latest.current) setStatus('error');
    }
  }, []);

  // "/" and Ctrl+K (Cmd+K) jump to the header box from anywhere on the page.
  useEffect(() => {
    if (variant !== 'header') return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const shortcut = (e.key === '/' && !isTyping(e.target)) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey));
      if (!shortcut) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [variant]);

  // Typed into before the page hydrated (its scripts come after the first paint, lib/build/paint-first.ts):
  // take the words up as if they had just been typed.
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (!typed) return;
    setQuery(typed);
    setOpen(document.activeElement === inputRef.current);
    void run(typed);
  }, [run]);

  // The search page starts from ?q= (what the form sends without JavaScript).
  useEffect(() => {
    if (variant !== 'page') return;
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    if (q) {
      setQuery(q);
      setOpen(true);
      void run(q);
    }
  }, [variant, run]);

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

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (e.key === 'Escape') {
      setOpen(false);
      inputRef.current?.focus();
    }
  };

  const showPanel = open && query.trim() !== '' && status !== 'idle';
  const message =
    status === 'loading'
      ? say(labels, 'searching')
      : status === 'error'
        ? say(labels, 'unavailable')
        : hits.length
          ? say(labels, hits.length === MAX_RESULTS ? 'topResults' : 'results', { n: hits.length })
          : say(labels, 'none');

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
          <ul ref={listRef} onKeyDown={onListKey} className="search-results" aria-label={say(labels, 'resultsLabel')}>
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
        ) : null}
      </div>
    </form>
  );
}
