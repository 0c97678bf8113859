import type { SiteConfig } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';
import { feedPaths, type FeedScope } from '@/lib/publish/feed-paths';
import { browserUrl, pagePath } from '@/lib/routes/urls';

const FORMATS = [
  ['rss', 'RSS'],
  ['atom', 'Atom'],
  ['json', 'JSON Feed'],
] as const;

/**
 * How to follow the site, or one tag, category or author: their three feeds, and for the whole
 * site its profiles elsewhere (`social` in content/site.yaml, with rel="me" so that Mastodon can
 * verify them). Plain links: nothing to load, nothing to track.
 */
export function FollowLinks({ site, scope, label, tr = translator('en') }: { site: SiteConfig; scope?: FeedScope; label: string; tr?: Translator }) {
  const paths = feedPaths(scope);
  return (
    <nav aria-label={label} className="follow">
      <span className="follow-label">{label}:</span>
      <ul className="follow-list">
        {FORMATS.map(([format, name]) => (
          <li key={format}>
            <a href={browserUrl(paths[format])} type={format === 'json' ? 'application/feed+json' : `application/${format}+xml`}>
              {name}
            </a>
          </li>
        ))}
        {!scope && site.newsletter ? (
          <li>
            <a href={browserUrl(pagePath('/subscribe'))}>{tr.t('newsletter.title')}</a>
          </li>
        ) : null}
        {scope
          ? null
          : site.social.map((profile) => (
              <li key={profile.url}>
                <a href={profile.url} rel="me noopener noreferrer">
                  {profile.label}
                </a>
              </li>
            ))}
      </ul>
    </nav>
  );
}
