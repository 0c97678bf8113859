import { FollowLinks } from '@/components/FollowLinks';
import type { SiteConfig } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';

export function SiteFooter({ site, tr = translator('en') }: { site: SiteConfig; tr?: Translator }) {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-border">
      <div className="mx-auto grid max-w-5xl gap-3 px-4 py-8 text-sm text-muted">
        <FollowLinks site={site} label={tr.t('footer.follow')} tr={tr} />
        <p>
          © {new Date().getFullYear()} {site.author ?? site.title}. {site.description}
        </p>
      </div>
    </footer>
  );
}
