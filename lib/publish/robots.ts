/**
 * robots.txt, which crawlers read before any page of the site: the rules for every crawler and
 * where the sitemap is. app/robots.ts returns what robotsRules gives and Next writes the file.
 */
import type { SiteConfig } from '../content';
import { editorEnabled } from '../editor/backend';
import { absoluteUrl } from '../routes/urls';
import { ADMIN_SEGMENT, SITEMAP_FILE } from '../routes/table';

/** robots.txt: everything may be crawled; the sitemap says what there is. */
export function robotsRules(site: SiteConfig) {
  return {
    // The browser editor, when the site has one, is for editors, not for search engines.
    rules: [{ userAgent: '*', allow: '/', ...(editorEnabled(site.editor) ? { disallow: [`/${ADMIN_SEGMENT}`, `/${ADMIN_SEGMENT}/`] } : {}) }],
    sitemap: absoluteUrl(site.url, `/${SITEMAP_FILE}`),
  };
}
