/** A post's versions in the site's languages, as pages link them (hreflang, the post's language list, the sitemap). */
import { getContent, getTranslationsIn, type Post } from '../content';
import { withLanguage } from '../routes/page-language';
import type { Translation } from '../publish/hreflang';
import { postPath } from '../routes/urls';

/** Every published (in `next dev`, shown) version of the post, this one included, in the site's language order. */
export function postTranslations(post: Post): Translation[] {
  const index = getContent();
  const versions = [post, ...getTranslationsIn(index, post)];
  return index.site.languages.flatMap((l) => {
    const found = versions.find((v) => v.lang === l.code);
    return found ? [{ lang: l.code, path: withLanguage(l.code, () => postPath(found.slug)) }] : [];
  });
}
