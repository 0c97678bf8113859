/** /categories/[category]/page/[page] in another language: the (site) route of the same path (app/_routes/language-scope.ts). */
import * as site from '@/app/(site)/categories/[category]/page/[page]/page';
import { inLanguageMetadata, inLanguagePage, inLanguageParams } from '@/app/_routes/language-scope';

export const dynamicParams = false;
export const generateStaticParams = inLanguageParams(site.generateStaticParams);
export const generateMetadata = inLanguageMetadata(site.generateMetadata);
export default inLanguagePage(site.default);
