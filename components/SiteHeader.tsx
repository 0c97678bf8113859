import Link from 'next/link';
import type { SiteConfig } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';
import { searchBoxLabels } from './island-labels';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader({ site, tr = translator('en') }: { site: SiteConfig; tr?: Translator }) {
  return (
    <header role="banner" className="border-b border-border bg-surface/80">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="me-auto text-lg font-bold text-fg no-underline">
          {site.title}
        </Link>
        <nav aria-label={tr.t('header.mainNav')}>
          <ul className="flex flex-wrap gap-4 text-sm">
            {site.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-fg no-underline hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          <SearchBox labels={searchBoxLabels(tr)} />
          <ThemeToggle label={tr.t('theme.dark')} />
        </div>
      </div>
    </header>
  );
}
