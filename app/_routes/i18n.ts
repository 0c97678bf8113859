/** The one place routes get the interface language from: the site's language, as lib/i18n speaks it. */
import { getSite } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';

export const siteTranslator = (): Translator => translator(getSite().language);
