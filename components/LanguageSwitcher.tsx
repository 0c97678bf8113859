'use client';
/**
 * The header's language switcher: plain links, rendered into the HTML with the right addresses
 * (the path is known when the page is prerendered), so it works without JavaScript; on client-side
 * navigation it follows the new path. A page every language has (the home, /tags, /events …)
 * links to the same page in each language; any other page to that language's home. A post shows
 * its own list instead (PostLanguages), which knows the post's translations.
 */
import { usePathname } from 'next/navigation';
import { browserUrl, pageHref, withoutLanguage } from '@/lib/routes/links';
import { pageInEveryLanguage } from '@/lib/routes/languages-nav';

export interface SwitcherLanguage {
  code: string;
  name: string;
  /** `/nl`, or '' for the default language. */
  prefix: string;
}

export function LanguageSwitcher({ languages, current, label }: { languages: SwitcherLanguage[]; current: string; label: string }) {
  const pathname = usePathname() ?? '/';
  const here = languages.find((l) => l.code === current);
  const own = withoutLanguage(pathname, here?.prefix ?? '');
  if (own.startsWith('/posts/')) return null;
  const same = pageInEveryLanguage(own) ? own : '/';
  return (
    <nav aria-label={label} className="language-switcher">
      <ul className="flex flex-wrap gap-3 text-sm">
        {languages.map((l) => {
          const href = browserUrl(pageHref(same, l.prefix));
          return (
            <li key={l.code}>
              <a href={href} hrefLang={l.code} lang={l.code} aria-current={l.code === current ? 'page' : undefined}>
                {l.name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
