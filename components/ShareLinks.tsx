import { CopyLinkButton } from '@/components/CopyLinkButton';
import { translator, type Translator } from '@/lib/i18n';
import { shareLinks, type SharedPage } from '@/lib/publish/share';
import { languagePrefix } from '@/lib/routes/urls';

/** "Share this post": links to each network's compose page, and a copy button. */
export function ShareLinks({ page, tr = translator('en') }: { page: SharedPage; tr?: Translator }) {
  return (
    <section aria-labelledby="share-heading" className="share" data-pagefind-ignore>
      <h2 id="share-heading" className="share-heading">
        {tr.t('share.heading')}
      </h2>
      <ul className="share-list">
        {shareLinks(page, languagePrefix()).map((link) => (
          <li key={link.network}>
            <a href={link.href} rel="noopener noreferrer" className="share-link">
              {/* The networks' names stay as they are; mail is a word. */}
              {link.href.startsWith('mailto:') ? tr.t('share.email') : link.network}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={page.url} labels={tr.labels({ copy: 'share.copyLink', copied: 'share.copied', failed: 'share.copyFailed' })} />
        </li>
      </ul>
    </section>
  );
}
