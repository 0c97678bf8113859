import type { Translator } from '@/lib/i18n';
import { browserUrl } from '@/lib/routes/urls';

export interface PostLanguage {
  code: string;
  name: string;
  /** The translation's page, or that language's home when the post has no translation in it. */
  path: string;
  translated: boolean;
}

/**
 * A post's language switcher (the header's is hidden on posts): each language the site speaks,
 * linking to the post's translation where there is one and saying so where there is not. Plain
 * links, no script.
 */
export function PostLanguages({ languages, current, tr }: { languages: PostLanguage[]; current: string; tr: Translator }) {
  if (languages.length < 2) return null;
  return (
    <nav aria-label={tr.t('languages.postLabel')} className="post-languages mt-3 text-sm" data-pagefind-ignore>
      <ul className="flex flex-wrap gap-3">
        {languages.map((l) => (
          <li key={l.code}>
            <a href={browserUrl(l.path)} hrefLang={l.code} lang={l.translated ? l.code : undefined} aria-current={l.code === current ? 'page' : undefined}>
              {l.translated ? l.name : tr.t('languages.untranslated', { language: l.name })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
