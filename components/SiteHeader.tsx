import Link from '@/components/Link';
import type { SiteConfig } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';
import { browserUrl, homePath, pagePath } from '@/lib/routes/urls';
import { searchBoxLabels } from './island-labels';
import { LanguageSwitcher, type SwitcherLanguage } from './LanguageSwitcher';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';

/** A menu entry on the site (`/tags`) goes to that page in the current language; other links stay. */
const menuHref = (href: string) => (href.startsWith('/') ? pagePath(href) : href);

export function SiteHeader({
  site,
  tr = translator('en'),
  languages = [],
  current = '',
}: {
  site: SiteConfig;
  tr?: Translator;
  /** Every language of the site, for the switcher; none is shown with fewer than two. */
  languages?: SwitcherLanguage[];
  current?: string;
}) {
  return (
    <header role="banner" className="border-b border-border bg-surface/80">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4">
        <Link href={homePath()} className="me-auto text-lg font-bold text-fg no-underline">
          {site.title}
        </Link>
        <nav aria-label={tr.t('header.mainNav')}>
          <ul className="flex flex-wrap gap-4 text-sm">
            {site.nav.map((item) => (
              <li key={item.href}>
                <Link href={menuHref(item.href)} className="text-fg no-underline hover:underline">
                  {item.key ? tr.t(item.key) : item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {languages.length > 1 ? <LanguageSwitcher languages={languages} current={current} label={tr.t('languages.label')} /> : null}
        <div className="flex items-center gap-2">
          <SearchBox labels={searchBoxLabels(tr)} action={browserUrl(pagePath('/search'))} />
          <ThemeToggle label={tr.t('theme.dark')} />
        </div>
      </div>
    </header>
  );
}
