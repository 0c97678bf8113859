/** /tags/[tag]/feed.xml in another language: the (site) route of the same path (app/_routes/language-scope.ts). */
import * as site from '@/app/(site)/tags/[tag]/feed.xml/route';
import { inLanguageHandler, inLanguageRouteParams } from '@/app/_routes/language-scope';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = inLanguageRouteParams(site.generateStaticParams);
export const GET = inLanguageHandler(site.GET);
