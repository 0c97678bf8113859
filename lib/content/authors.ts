/** Author profiles: `content/authors/<id>/_index.md` (Hugo Blox) or `content/authors/<id>.md`. */
import fs from 'node:fs';
import path from 'node:path';
import { listAssets, type Asset } from './discover';
import type { ContentProblem } from './errors';
import { displayPath } from './paths';
import { isProfileLink, PROFILE_LINK_EXPECTED, socialLabel } from './profile-links';
import { readContentFile, schemaProblems } from './read';
import { authorSchema, type AuthorFrontMatter } from './schema';

export interface AuthorSocial {
  icon: string;
  /** https:// or mailto: only; other links are dropped at load with a warning. */
  link: string;
  /** The link's text: what the icon stands for ("Email", "LinkedIn"). */
  label: string;
}

/** An author: the profile's fields as the schema gives them, and what the loader derives. */
export type Author = Partial<Pick<AuthorFrontMatter, 'role' | 'bio'>> & {
  id: string;
  /** The profile's `title`. */
  name: string;
  organizations: { name: string; url?: string }[];
  social: AuthorSocial[];
  avatar?: Asset;
  /** Files beside `<id>/_index.md` (the avatar and any image the biography shows). */
  assets?: Record<string, Asset>;
  /** The Markdown under the profile's front matter: a longer biography. */
  about?: { displayPath: string; format: 'md' | 'mdx'; body: string; bodyLine: number; bundleDir?: string };
  /** False for ids that posts use but no profile describes. */
  hasProfile: boolean;
};

export function loadAuthors(dir: string, problems: ContentProblem[]): Map<string, Author> {
  const authors = new Map<string, Author>();
  if (!fs.existsSync(dir)) return authors;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    let file: string | undefined;
    let id: string;
    let assets: Record<string, Asset> = {};
    if (entry.isDirectory()) {
      id = entry.name;
      const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
      file = ['_index.md', 'index.md', '_index.mdx', 'index.mdx'].map((n) => path.join(/*turbopackIgnore: true*/ full, n)).find((f) => fs.existsSync(f));
      assets = listAssets(full);
    } else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_index.')) {
      id = entry.name.replace(/\.mdx?$/, '');
      file = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    } else continue;
    if (!file) continue;
    const parsed = readContentFile(file, problems);
    if (!parsed) continue;
    const result = authorSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(result.error, parsed.data, parsed, file));
      continue;
    }
    const a = result.data;
    const dropLink = (field: string, link: string) =>
      problems.push({ severity: 'warning', file: displayPath(file), line: parsed.lineOf(field), field: field.replace(/\.(\d+)\./, '[$1].'), expected: `${PROFILE_LINK_EXPECTED} (the link was left out)`, found: JSON.stringify(link) });
    authors.set(id, {
      id,
      name: a.title,
      role: a.role,
      bio: a.bio,
      organizations: a.organizations.map((o, i) => {
        if (o.url === undefined || isProfileLink(o.url)) return { name: o.name, url: o.url };
        dropLink(`organizations.${i}.url`, o.url);
        return { name: o.name };
      }),
      social: a.social.flatMap((s, i) => {
        if (isProfileLink(s.link)) return [{ icon: s.icon, link: s.link.trim(), label: s.label ?? socialLabel(s.icon) }];
        dropLink(`social.${i}.link`, s.link);
        return [];
      }),
      avatar: Object.values(assets).find((x) => /^avatar\./i.test(x.name)),
      assets,
      about: parsed.body.trim()
        ? { displayPath: displayPath(file), format: file.endsWith('.mdx') ? 'mdx' : 'md', body: parsed.body, bodyLine: parsed.bodyLine, bundleDir: entry.isDirectory() ? path.dirname(file) : undefined }
        : undefined,
      hasProfile: true,
    });
  }
  return authors;
}

