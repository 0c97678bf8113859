import { CopyLinkButton } from '@/components/CopyLinkButton';
import { shareLinks, type SharedPage } from '@/lib/share';

/** "Share this post": links to each network's compose page, and a copy button. */
export function ShareLinks({ page }: { page: SharedPage }) {
  return (
    <section aria-labelledby="share-heading" className="share" data-pagefind-ignore>
      <h2 id="share-heading" className="share-heading">
        Share this post
      </h2>
      <ul className="share-list">
        {shareLinks(page).map((link) => (
          <li key={link.network}>
            <a href={link.href} rel="noopener noreferrer" className="share-link">
              {link.network}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={page.url} />
        </li>
      </ul>
    </section>
  );
}
