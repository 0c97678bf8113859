import { CommentsThread } from '@/components/CommentsThread';
import { commentService, type CommentsSettings } from '@/lib/community/comments';
import { COMMENTS_MARKER } from '@/lib/security/community-origins';
import { translator, type Translator } from '@/lib/i18n';

/**
 * The comments under a post. The link to the discussion is always there (all a reader without
 * JavaScript gets); the island loads the service's script only when the reader asks or scrolls
 * near. The marker attribute tells scripts/postbuild.ts that this page may load the service
 * (its per-page CSP names the service's origins only on such pages).
 */
export function Comments({ settings, pathname, tr = translator('en') }: { settings: CommentsSettings; pathname: string; tr?: Translator }) {
  const service = commentService(settings);
  return (
    <section aria-labelledby="comments-heading" className="comments share" data-pagefind-ignore {...{ [COMMENTS_MARKER]: settings.provider }}>
      <h2 id="comments-heading" className="share-heading">
        {tr.t('comments.heading')}
      </h2>
      <p className="comments-link">
        <a href={service.discussionUrl(settings, pathname)} rel="noopener noreferrer">
          {tr.t('comments.join', { service: service.label })}
        </a>
      </p>
      <CommentsThread settings={settings} tr={tr} />
    </section>
  );
}
