/**
 * The editor's reading of a content folder: the settings and the posts through the loader's own
 * steps (loadSite, loadContent), as lib/editor/validate.ts does. The editor works on the folder
 * it is given (a scratch copy for the preview), not on the site's cached index.
 */
import type { ContentProblem } from '../content/errors';
import { loadContent } from '../content/load';
import { loadSite } from '../content/site';

export function loadFolder(root: string, includeDrafts: boolean) {
  const problems: ContentProblem[] = [];
  const site = loadSite(root, problems);
  const loaded = loadContent({ root, includeDrafts, timeZone: site.timezone, languages: site.languages.map((l) => l.code) });
  return { site, posts: loaded.posts, problems: [...problems, ...loaded.problems] };
}
