'use client';
/**
 * The home page's tag filter. Without JavaScript (and before hydration) the chips are links to
 * the tag pages and the server's list shows. With it, the chips toggle tags in the URL
 * (?tag=a&tag=b&match=any, one history entry per change, so reload, share and back work), and the
 * matching cards come from small static files: per tag the positions of its posts, per home page
 * its cards. Nothing here knows every post. Its words arrive translated (`labels`, from
 * components/island-labels.ts).
 */
import Link from '@/components/Link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { describeMatches, filterSearch, parseFilter, toggleTag, type FilterState, type Match, type MatchWord } from '@/lib/terms/tag-filter';
import { say, type Labels } from '@/lib/message-format';
import { pageHref } from '@/lib/routes/links';
import { arrows } from './arrows';
import { PostCard, type CardLabel } from './PostCard';
import { useTagFilterResult, type TagFilterResult } from './useTagFilterResult';

export interface FilterChip {
  slug: string;
  name: string;
  count: number;
  /** The count as a screen reader hears it, "(3 posts)", written by the server. */
  countText: string;
}

export type TagFilterLabel =
  | CardLabel
  | MatchWord
  | 'headingLive'
  | 'headingStatic'
  | 'match'
  | 'matchAll'
  | 'matchAny'
  | 'chips'
  | 'chipsStatic'
  | 'allTags'
  | 'failed'
  | 'finding'
  | 'quoted'
  | 'unknown'
  | 'showingAll'
  | 'clear'
  | 'results'
  | 'more';

export interface TagFilterProps {
  /** The tags offered as chips, most used first. */
  chips: FilterChip[];
  /** Posts per home page: the size of each cards file. */
  pageSize: number;
  total: number;
  /** Whether the site has more tags than chips (then a link to /tags follows them). */
  moreTags: boolean;
  /** The server-rendered list, shown while nothing is filtered. */
  children: ReactNode;
  labels: Labels<TagFilterLabel>;
  /** The page's language prefix (`/nl`, '' for the default): links and files are that language's. */
  prefix?: string;
}

/** One history entry per change; Next.js picks it up in useSearchParams, and back undoes it. */
function navigate(state: FilterState) {
  const { pathname, search, hash } = window.location;
  window.history.pushState(null, '', `${pathname}${filterSearch(state, search)}${hash}`);
}

const chipClass = 'inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm no-underline';

/**
 * The query string is only known in the browser (pages are static): the panel hydrates as the
 * server rendered it (chips are links, the server's list shows), then turns live once the address
 * has been read. `useSearchParams` suspends on the server, so it lives in a boundary of its own that
 * renders nothing: were the panel inside it, hydration would throw away the server's DOM for the
 * whole list and build it again, and a click pressed on a post's link meanwhile would be lost.
 */
export function TagFilter(props: TagFilterProps) {
  const [search, setSearch] = useState<string | null>(null);
  return (
    <>
      <Suspense fallback={null}>
        <SearchParams onChange={setSearch} />
      </Suspense>
      <FilterPanel {...props} search={search} />
    </>
  );
}

function SearchParams({ onChange }: { onChange: (search: string | null) => void }) {
  // Null outside the app router (a component rendered on its own): then there is nothing to filter.
  const params = useSearchParams() as URLSearchParams | null;
  const search = params ? params.toString() : null;
  useEffect(() => onChange(search), [search, onChange]);
  return null;
}

/** `search` is null for the no-JavaScript panel: chips are links and the server's list shows. */
function FilterPanel({ chips, pageSize, total, moreTags, children, labels, search, prefix = '' }: TagFilterProps & { search: string | null }) {
  const enhanced = search !== null;
  const state = parseFilter(search ?? '');
  const key = filterSearch({ ...state, match: state.tags.length > 1 ? state.match : 'all' });
  const filtering = enhanced && state.tags.length > 0;

  const [more, setMore] = useState({ key: '', shown: pageSize });
  const shown = more.key === key ? more.shown : pageSize;
  const { result, failed, everFiltered } = useTagFilterResult({ state, key, shown, filtering, pageSize, prefix });

  const ready = result?.key === key ? result : undefined;
  const nameOf = (slug: string, i: number) => ready?.tags[i]?.name ?? chips.find((c) => c.slug === slug)?.name ?? slug;
  const status = filterStatus({ state, names: state.tags.map(nameOf), ready, failed: failed === key, filtering, enhanced, everFiltered, total }, labels);
  // A tag in the address that is not among the chips gets a chip of its own, to be turned off.
  const extra = state.tags.filter((slug) => !chips.some((c) => c.slug === slug));
  const shownChips: FilterChip[] = [...chips, ...extra.map((slug) => ({ slug, name: nameOf(slug, state.tags.indexOf(slug)), count: 0, countText: '' }))];

  return (
    <>
      <section aria-labelledby="tag-filter-heading" className="mb-8 rounded-2xl border border-border bg-surface p-5">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="tag-filter-heading" className="text-lg font-semibold">
            {/* Both in the HTML; CSS shows the one for the visitor's browser (theme.js marks JavaScript before paint). */}
            <span className="no-js-only">{say(labels, 'headingStatic')}</span>
            <span className="needs-js">{say(labels, 'headingLive')}</span>
          </h2>
          <MatchModes state={state} labels={labels} />
        </div>
        <ChipList chips={shownChips} state={state} enhanced={enhanced} moreTags={moreTags} labels={labels} prefix={prefix} />
        <div className="needs-js mt-3 flex min-h-6 flex-wrap items-center gap-3 text-sm">
          <p role="status" aria-live="polite" aria-atomic="true" className="text-muted">
            {status}
          </p>
          {filtering ? (
            <button type="button" onClick={() => navigate({ tags: [], match: state.match })} className="cursor-pointer text-accent underline underline-offset-4">
              {say(labels, 'clear')}
            </button>
          ) : null}
        </div>
      </section>
      {filtering ? <FilterResults ready={ready} labels={labels} prefix={prefix} onMore={() => setMore({ key, shown: shown + pageSize })} /> : children}
    </>
  );
}

interface StatusFacts {
  state: FilterState;
  /** The filtered tags' names, in the filter's order. */
  names: string[];
  /** The results, once they are the filter's own. */
  ready: TagFilterResult | undefined;
  /** Whether this filter's files could not be loaded. */
  failed: boolean;
  filtering: boolean;
  enhanced: boolean;
  everFiltered: boolean;
  total: number;
}

/**
 * The status line, read out by screen readers as it changes: loading, failed, how many posts match
 * (and which tags the site does not have), or, once a filter was cleared, that every post shows.
 */
function filterStatus({ state, names, ready, failed, filtering, enhanced, everFiltered, total }: StatusFacts, labels: Labels<TagFilterLabel>): string {
  if (failed && filtering) return say(labels, 'failed');
  if (filtering && !ready) return say(labels, 'finding');
  if (ready) {
    const unknown = state.tags.filter((_, i) => !ready.tags[i]);
    const matches = describeMatches(ready.count, names, state.match, labels);
    if (!unknown.length) return matches;
    return `${matches} ${say(labels, 'unknown', { tags: unknown.map((s) => say(labels, 'quoted', { text: s })).join(say(labels, 'comma')) })}`;
  }
  if (enhanced && everFiltered) return say(labels, 'showingAll', { n: total });
  return '';
}

/**
 * All of / any of: radio buttons that change the address, so back undoes them too. They are in the
 * server's HTML as well, shown only where JavaScript runs, so the list does not move down when the
 * filter turns live.
 */
function MatchModes({ state, labels }: { state: FilterState; labels: Labels<TagFilterLabel> }) {
  return (
    <fieldset className="needs-js flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="float-start me-2 font-medium">{say(labels, 'match')}</legend>
      {(['all', 'any'] as Match[]).map((m) => (
        <label key={m} className="inline-flex cursor-pointer items-center gap-1.5">
          <input type="radio" name="tag-match" value={m} checked={state.match === m} onChange={() => navigate({ ...state, match: m })} />
          {say(labels, m === 'all' ? 'matchAll' : 'matchAny')}
        </label>
      ))}
    </fieldset>
  );
}

interface ChipListProps {
  chips: FilterChip[];
  state: FilterState;
  enhanced: boolean;
  moreTags: boolean;
  labels: Labels<TagFilterLabel>;
  prefix: string;
}

/** The chips, then (when the site has more tags than chips) the link to every tag. */
function ChipList({ chips, state, enhanced, moreTags, labels, prefix }: ChipListProps) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={say(labels, enhanced ? 'chips' : 'chipsStatic')}>
      {chips.map((chip) => (
        <Chip key={chip.slug} chip={chip} state={state} enhanced={enhanced} prefix={prefix} />
      ))}
      {moreTags ? (
        <li>
          <Link href={pageHref('/tags', prefix)} className={`${chipClass} border-transparent text-accent hover:underline`}>
            {say(labels, 'allTags')}
            <span aria-hidden="true">{` ${arrows(labels.dir).forward}`}</span>
          </Link>
        </li>
      ) : null}
    </ul>
  );
}

/** One chip: once live, a button that toggles its tag (pressed while on); before, a link to the tag's page. */
function Chip({ chip, state, enhanced, prefix }: { chip: FilterChip; state: FilterState; enhanced: boolean; prefix: string }) {
  const on = state.tags.includes(chip.slug);
  const count = chip.count ? (
    <span className={on ? 'opacity-80' : 'text-muted'}>
      <span aria-hidden="true">{chip.count}</span>
      <span className="sr-only">{chip.countText}</span>
    </span>
  ) : null;
  return (
    <li>
      {enhanced ? (
        <button
          type="button"
          aria-pressed={on}
          onClick={() => navigate(toggleTag(state, chip.slug))}
          className={`${chipClass} cursor-pointer ${on ? 'border-accent bg-accent text-accent-fg' : 'border-border bg-surface-2 text-fg hover:border-accent'}`}
        >
          {on ? <span aria-hidden="true">✓</span> : null}#{chip.name}
          {count}
        </button>
      ) : (
        <Link href={pageHref(`/tags/${chip.slug}`, prefix)} className={`${chipClass} border-border bg-surface-2 text-fg hover:border-accent`}>
          #{chip.name}
          {count}
        </Link>
      )}
    </li>
  );
}

/**
 * The filtered list in place of the server's: the matching cards, then a button for more while
 * some are not shown. Busy until the results are the filter's own.
 */
function FilterResults({ ready, labels, prefix, onMore }: { ready: TagFilterResult | undefined; labels: Labels<TagFilterLabel>; prefix: string; onMore: () => void }) {
  return (
    <div aria-busy={!ready}>
      {ready && ready.cards.length ? (
        <ol className="grid gap-6" aria-label={say(labels, 'results')}>
          {ready.cards.map((card) => (
            <li key={card.href}>
              <PostCard card={card} labels={labels} prefix={prefix} />
            </li>
          ))}
        </ol>
      ) : null}
      {ready && ready.count > ready.cards.length ? (
        <p className="mt-8 text-center">
          <button type="button" onClick={onMore} className="cursor-pointer rounded-full border border-border bg-surface px-5 py-2 font-semibold text-fg hover:border-accent">
            {say(labels, 'more')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
