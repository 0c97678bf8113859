import type { ReactNode } from 'react';
import type { Author } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';
import { isEmailAddress } from '@/lib/security/profile-links';
import { AuthorAvatar } from './AuthorAvatar';

const linkLook = 'text-fg underline decoration-border underline-offset-4 hover:decoration-accent';

/**
 * The head of an author page: avatar, name, role, organisations, short bio and social links. Links
 * were checked at load (https:// and mailto: only) and each says in words where it goes.
 */
export function AuthorProfile({
  author,
  showEmail = false,
  children,
  tr = translator('en'),
}: {
  author: Author;
  showEmail?: boolean;
  children?: ReactNode;
  tr?: Translator;
}) {
  const comma = tr.t('list.comma');
  const email = showEmail && author.email && isEmailAddress(author.email) ? author.email : undefined;
  return (
    <header className="mb-10" data-author={author.id}>
      <div className="flex flex-wrap items-center gap-5">
        <AuthorAvatar author={author} size={96} eager />
        <div className="min-w-0">
          <h1 className="text-3xl font-bold leading-tight">{author.name}</h1>
          {author.role ? <p className="mt-1 text-muted">{author.role}</p> : null}
          {author.organizations.length ? <Organizations author={author} comma={comma} /> : null}
        </div>
      </div>
      {author.bio ? <p className="mt-5 max-w-2xl text-lg">{author.bio}</p> : null}
      {email ? (
        <p className="mt-3">
          <a href={`mailto:${email}`} className={linkLook}>
            {email}
          </a>
        </p>
      ) : null}
      {author.interests?.length || author.education?.length || author.userGroups?.length ? <AuthorFacts author={author} comma={comma} tr={tr} /> : null}
      {author.social.length ? <SocialLinks author={author} tr={tr} /> : null}
      {children}
    </header>
  );
}

/** The organisations the author belongs to, in a line, each linked to its site when it has one. */
function Organizations({ author, comma }: { author: Author; comma: string }) {
  return (
    <p className="mt-1">
      {author.organizations.map((o, i) => (
        <span key={`${o.name}-${i}`}>
          {i > 0 ? comma : null}
          {o.url ? (
            <a href={o.url} rel="noopener noreferrer" className={linkLook}>
              {o.name}
            </a>
          ) : (
            o.name
          )}
        </span>
      ))}
    </p>
  );
}

/** Interests, education and user groups, as a list of terms: each only when the author gave it. */
function AuthorFacts({ author, comma, tr }: { author: Author; comma: string; tr: Translator }) {
  return (
    <dl className="author-facts mt-5 grid max-w-2xl gap-3 sm:grid-cols-2">
      {author.interests?.length ? (
        <Fact term={tr.t('author.interests')}>
          <ul className="list-disc ps-5">
            {author.interests.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </Fact>
      ) : null}
      {author.education?.length ? (
        <Fact term={tr.t('author.education')}>
          <ul className="list-disc ps-5">
            {author.education.map((e, i) => (
              <li key={`${e.title}-${i}`}>
                {e.title}
                {e.institution ? `${comma}${e.institution}` : ''}
                {e.years ? ` (${e.years})` : ''}
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
      {author.userGroups?.length ? <Fact term={tr.t('author.groups')}>{author.userGroups.join(comma)}</Fact> : null}
    </dl>
  );
}

/** One term of the facts and what the author wrote for it. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The author's profiles elsewhere; rel="me" lets those sites verify the link back. */
function SocialLinks({ author, tr }: { author: Author; tr: Translator }) {
  return (
    <ul aria-label={tr.t('author.elsewhere', { name: author.name })} className="mt-4 flex flex-wrap gap-2">
      {author.social.map((s) => (
        <li key={s.link}>
          <a
            href={s.link}
            rel={s.link.startsWith('mailto:') ? undefined : 'me noopener noreferrer'}
            className="inline-block rounded-full border border-border px-3 py-1 text-sm text-fg no-underline hover:border-accent"
          >
            {s.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
