/** /authors in another language: the (site) route of the same path (app/_routes/language-scope.ts). */
import * as site from '@/app/(site)/authors/page';
import { inLanguageMetadata, inLanguagePage } from '@/app/_routes/language-scope';

export const generateMetadata = inLanguageMetadata(site.generateMetadata);
export default inLanguagePage(site.default);
