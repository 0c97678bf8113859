/**
 * The community settings of the content folder (CONTENT_DIR, else content/), for the places that
 * write policies outside a page: next.config.ts `headers()`, scripts/postbuild.ts and
 * `npm run headers`. Errors are left to `npm run check`, which runs before every build.
 */
import { contentRoot } from '../content/paths';
import { loadSite } from '../content/site';
import { headerAdditions, type CommunitySettings } from './community-origins';

export function configuredCommunity(root: string = contentRoot()): CommunitySettings {
  const { url, comments, newsletter, analytics } = loadSite(root, []);
  return { url, comments, newsletter, analytics };
}

/** What the site-wide header policy gains from content/site.yaml (nothing when all is off). */
export const configuredHeaderAdditions = (root?: string) => headerAdditions(configuredCommunity(root));

