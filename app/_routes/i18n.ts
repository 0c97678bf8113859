/** The one place routes get the interface language from: the site's language, as lib/i18n speaks it. */
import { getSite } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';

/** The site's language with its own words (content/i18n/<code>.yaml) over the built-in ones. */
export const siteTranslator = (): Translator => {
  const site = getSite();
  return translator(site.language, site.lang.messages);
};
