import Link from '@/components/Link';
import { translator, type MessageKey, type Translator } from '@/lib/i18n';
import { taxonomies, type TaxonomyKind, type Term } from '@/lib/terms/tags';

const other: Record<TaxonomyKind, TaxonomyKind> = { tags: 'categories', categories: 'tags' };

/** Each taxonomy's words in the catalogue: its pages say "tags" or "categories" in their language. */
export const TERM_MESSAGES: Record<
  TaxonomyKind,
  Record<'title' | 'indexDescription' | 'countMostUsed' | 'browse' | 'none' | 'describe', MessageKey>
> = {
  tags: {
    title: 'tags.title',
    indexDescription: 'tags.indexDescription',
    countMostUsed: 'tags.countMostUsed',
    browse: 'tags.browse',
    none: 'tags.none',
    describe: 'tags.describe',
  },
  categories: {
    title: 'categories.title',
    indexDescription: 'categories.indexDescription',
    countMostUsed: 'categories.countMostUsed',
    browse: 'categories.browse',
    none: 'categories.none',
    describe: 'categories.describe',
  },
};

function TermChip({ kind, term, tr }: { kind: TaxonomyKind; term: Term; tr: Translator }) {
  const { heading, path } = taxonomies[kind];
  return (
    <Link href={path(term.slug)} className="inline-block rounded-full border border-border bg-surface px-4 py-2 text-fg no-underline hover:border-accent">
      {heading(term.name)} <span className="text-muted">{tr.t('posts.countInParens', { n: term.count })}</span>
    </Link>
  );
}

function TermChips({ kind, terms, tr }: { kind: TaxonomyKind; terms: readonly Term[]; tr: Translator }) {
  return (
    <ul className="flex flex-wrap gap-3">
      {terms.map((term) => (
        <li key={term.slug}>
          <TermChip kind={kind} term={term} tr={tr} />
        </li>
      ))}
    </ul>
  );
}

/** The first letter a term is filed under in the A–Z list; digits and symbols under "#". */
function initial(name: string, locale: string): string {
  const first = [...name.normalize('NFD').replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase(locale) : '#';
}

/**
 * /tags and /categories: most used first (`terms`), then every term from A to Z (`alphabetical`,
 * the same terms in the site's collation), as two lists, no JavaScript.
 */
export function TermIndex({
  kind,
  terms,
  alphabetical,
  locale,
  tr = translator(locale),
}: {
  kind: TaxonomyKind;
  terms: readonly Term[];
  alphabetical: readonly Term[];
  locale: string;
  tr?: Translator;
}) {
  const words = TERM_MESSAGES[kind];
  const sibling = taxonomies[other[kind]];
  const groups = new Map<string, Term[]>();
  for (const term of alphabetical) {
    const letter = initial(term.name, locale);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return (
    <>
      <header className="mb-8">
        <h1 className="text-3xl font-bold">{tr.t(words.title)}</h1>
        <p className="mt-2 text-muted">
          {terms.length ? `${tr.t(words.countMostUsed, { n: terms.length })} ` : null}
          {terms.length ? (
            <>
              <a href="#a-z">{tr.t('terms.jump')}</a>
              {' · '}
            </>
          ) : null}
          <Link href={sibling.indexPath}>{tr.t(TERM_MESSAGES[other[kind]].browse)}</Link>
        </p>
      </header>
      {terms.length === 0 ? (
        <p>{tr.t(words.none)}</p>
      ) : (
        <>
          <section aria-labelledby="most-used">
            <h2 id="most-used" className="mb-4 text-xl font-semibold">
              {tr.t('terms.mostUsed')}
            </h2>
            <TermChips kind={kind} terms={terms} tr={tr} />
          </section>
          <section aria-labelledby="a-z" className="mt-12">
            <h2 id="a-z" className="mb-4 text-xl font-semibold">
              {tr.t('terms.az')}
            </h2>
            <nav aria-label={tr.t('terms.letters')} className="mb-6">
              <ul className="flex flex-wrap gap-2">
                {[...groups.keys()].map((letter) => (
                  <li key={letter}>
                    <a href={`#letter-${encodeURIComponent(letter)}`} className="inline-block min-w-8 rounded border border-border px-2 py-1 text-center no-underline hover:border-accent">
                      {letter}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <dl>
              {[...groups].map(([letter, group]) => (
                <div key={letter} className="flex gap-4 border-t border-border py-3">
                  <dt id={`letter-${letter}`} className="w-8 shrink-0 pt-1 text-lg font-semibold">
                    {letter}
                  </dt>
                  <dd>
                    <TermChips kind={kind} terms={group} tr={tr} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}
    </>
  );
}
