'use client';
/**
 * The header's and the search page's search, as state: the words typed, Pagefind's results for
 * them, and whether the panel is open. Pagefind's bundle (/pagefind/pagefind.js, written after the
 * build) is loaded the first time a visitor reaches for search.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { browserUrl } from '@/lib/routes/links';

/** The part of Pagefind's browser API we use. */
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
export interface Hit {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}
type ExcerptPart = { text: string; mark: boolean };
export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

export const MAX_RESULTS = 8;

let pagefind: Promise<Pagefind> | undefined;

/** Loads the search bundle once, the first time a visitor reaches for search. */
export function loadPagefind(): Promise<Pagefind> {
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

/** The first results Pagefind finds for `term`, as links with their excerpts. */
async function searchPagefind(term: string): Promise<Hit[]> {
  const pf = await loadPagefind();
  const found = await pf.search(term);
  const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: excerptParts(d.excerpt) }));
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The search's state. `run` searches for a term (an empty one clears the results); an answer that
 * arrives after a newer search was started is dropped. The header's box takes the "/" and Ctrl+K
 * (Cmd+K) shortcuts; the search page starts from ?q=.
 */
export function useSiteSearch(variant: 'header' | 'page') {
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [status, setStatus] = useState<SearchStatus>('idle');
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
      const found = await searchPagefind(term);
      if (ticket !== latest.current) return;
      setHits(found);
      setStatus('done');
    } catch {
      if (ticket === latest.current) setStatus('error');
    }
  }, []);

  useSearchShortcut(variant === 'header', inputRef);
  useStartingQuery(variant, inputRef, run, setQuery, setOpen);
  return { inputRef, listRef, query, setQuery, hits, status, open, setOpen, run };
}

/** "/" and Ctrl+K (Cmd+K) jump to the header box from anywhere on the page. */
function useSearchShortcut(active: boolean, inputRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const shortcut = (e.key === '/' && !isTyping(e.target)) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey));
      if (!shortcut) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, inputRef]);
}

/**
 * Words that are there before anyone types in the hydrated box: typed before the page hydrated (its
 * scripts come after the first paint, lib/build/paint-first.ts), or, on the search page, ?q= (what
 * the form sends without JavaScript). Either is searched as if just typed. The setters and the ref
 * never change: only `variant` and `run` run these again.
 */
function useStartingQuery(variant: 'header' | 'page', inputRef: RefObject<HTMLInputElement | null>, run: (term: string) => Promise<void>, setQuery: (q: string) => void, setOpen: (open: boolean) => void) {
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (!typed) return;
    setQuery(typed);
    setOpen(document.activeElement === inputRef.current);
    void run(typed);
  }, [run, inputRef, setQuery, setOpen]);

  useEffect(() => {
    if (variant !== 'page') return;
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    if (q) {
      setQuery(q);
      setOpen(true);
      void run(q);
    }
  }, [variant, run, setQuery, setOpen]);
}
