/**
 * Which catalogue messages each client island and shared markup shows, under the island's own
 * names. Server-side only (it reads lib/i18n): the island receives the result, a few messages of
 * one language, as plain props, and no catalogue reaches the browser.
 */
import type { EventWords } from '@/lib/events';
import type { MessageKey, Translator } from '@/lib/i18n';
import type { MatchWord } from '@/lib/terms/tag-filter';
import { isolatePlaceholders } from '@/lib/message-format';
import type { EventTimelineLabel, NextEventLabel } from './EventTimelineIsland';
import type { MastodonLabel } from './MastodonShareIsland';
import type { CardLabel } from './PostCard';
import type { SearchLabel } from './SearchBox';
import type { TagFilterLabel } from './TagFilter';

const LIST = { comma: 'list.comma', and: 'list.and' } as const satisfies Record<string, MessageKey>;

const CARD = { ...LIST, featured: 'card.featured', minutes: 'reading.minutes', tagsOf: 'card.tagsOf' } as const satisfies Record<CardLabel, MessageKey>;

const MATCH = { ...LIST, or: 'list.or', hasTag: 'filter.hasTag', hasAll: 'filter.hasAll', hasAny: 'filter.hasAny' } as const satisfies Record<MatchWord, MessageKey>;

const TAG_FILTER = {
  ...CARD,
  ...MATCH,
  headingLive: 'filter.headingLive',
  headingStatic: 'filter.headingStatic',
  match: 'filter.match',
  matchAll: 'filter.matchAll',
  matchAny: 'filter.matchAny',
  chips: 'filter.chips',
  chipsStatic: 'tags.label',
  allTags: 'filter.allTags',
  failed: 'filter.failed',
  finding: 'filter.finding',
  quoted: 'list.quoted',
  unknown: 'filter.unknown',
  showingAll: 'filter.showingAll',
  clear: 'filter.clear',
  results: 'filter.results',
  more: 'filter.more',
} as const satisfies Record<TagFilterLabel, MessageKey>;

const EVENT_ROW = { happeningNow: 'event.happeningNow', online: 'event.online', announcedIn: 'events.announcedIn' } as const;

const EVENT_TIMELINE = {
  ...EVENT_ROW,
  upcoming: 'events.upcoming',
  past: 'events.past',
  noneUpcoming: 'events.noneUpcoming',
  nonePast: 'events.nonePast',
} as const satisfies Record<EventTimelineLabel, MessageKey>;

const NEXT_EVENT = { ...EVENT_ROW, next: 'events.next', all: 'events.all' } as const satisfies Record<NextEventLabel, MessageKey>;

const SEARCH = {
  formHeader: 'search.formHeader',
  formPage: 'search.formPage',
  label: 'search.label',
  placeholder: 'search.placeholder',
  hint: 'search.hint',
  searching: 'search.searching',
  unavailable: 'search.unavailable',
  results: 'search.results',
  topResults: 'search.topResults',
  none: 'search.none',
  resultsLabel: 'search.resultsLabel',
} as const satisfies Record<SearchLabel, MessageKey>;

const MASTODON = {
  nothing: 'mastodon.nothing',
  invalid: 'mastodon.invalid',
  sharing: 'mastodon.sharing',
  server: 'mastodon.server',
  submit: 'mastodon.title',
} as const satisfies Record<MastodonLabel, MessageKey>;

export const listLabels = (tr: Translator) => tr.labels(LIST);
export const cardLabels = (tr: Translator) => tr.labels(CARD);
export const tagFilterLabels = (tr: Translator) => tr.labels(TAG_FILTER);
export const eventTimelineLabels = (tr: Translator) => tr.labels(EVENT_TIMELINE);
export const nextEventLabels = (tr: Translator) => tr.labels(NEXT_EVENT);
export const searchBoxLabels = (tr: Translator) => tr.labels(SEARCH);
export const mastodonLabels = (tr: Translator) => tr.labels(MASTODON);

/** How lib/events words an event's time and place; `zone` keeps its {place} and {offset}. */
export const eventWords = (tr: Translator): EventWords => ({ allDay: tr.t('event.allDay'), zone: isolatePlaceholders(tr.t('event.zone'), tr.dir), online: tr.t('event.online') });
