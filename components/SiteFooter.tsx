import type { SiteConfig } from '@/lib/content';

export function SiteFooter({ site }: { site: SiteConfig }) {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-border">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-muted">
        <p>
          © {new Date().getFullYear()} {site.author ?? site.title}. {site.description}
        </p>
      </div>
    </footer>
  );
}
