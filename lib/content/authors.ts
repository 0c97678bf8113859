/** Author profiles: `content/authors/<id>/_index.md` (Hugo Blox) or `content/authors/<id>.md`. */
import fs from 'node:fs';
import path from 'node:path';
import { isNotAPage, listAssets, type Asset } from './discover';
import type { ContentProblem } from './errors';
import { displayPath } from './paths';
import { usableEntry, usablePath } from './regular-files';
import { isEmailAddress, isProfileLink, PROFILE_LINK_EXPECTED, socialLabel } from '../security/profile-links';
import { readContentFile, validate } from './read';
import { authorSchema, LENIENT_FIELDS, type AuthorFrontMatter } from './schema';
import { nameFromId } from '../text';

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
  /** `interests:` of a Hugo Blox profile. */
  interests?: string[];
  /** `education:` in either Hugo Blox form, as "what, where, when". */
  education?: { title: string; institution?: string; years?: string }[];
  /** `user_groups:` (Hugo Blox's People sections). */
  userGroups?: string[];
  /** The site's main author: listed first. */
  superuser?: boolean;
  /** Shown only when the site says so (`authors: { show_email: true }` in content/site.yaml). */
  email?: string;
  /** True when the profile has no `title:` and `name` was made from its folder. */
  nameFromFolder?: boolean;
  /** False for ids that posts use but no profile describes. */
  hasProfile: boolean;
};

const year = (d: string | undefined) => /^\d{4}/.exec(d ?? '')?.[0];

function educationOf(a: AuthorFrontMatter): NonNullable<Author['education']> {
  return a.education.map((entry) => {
    const e = entry as { area?: string; course?: string; institution?: string; date_start?: string; date_end?: string; year?: string | number };
    if (e.area !== undefined) {
      const from = year(e.date_start);
      const to = year(e.date_end);
      return { title: e.area, institution: e.institution, years: from && to && from !== to ? `${from}–${to}` : (to ?? from) };
    }
    return { title: e.course ?? '', institution: e.institution, years: e.year === undefined ? undefined : String(e.year) };
  });
}

export function loadAuthors(dir: string, problems: ContentProblem[]): Map<string, Author> {
  const authors = new Map<string, Author>();
  if (!usablePath(dir, 'folder', problems)) return authors;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!usableEntry(path.join(/*turbopackIgnore: true*/ dir, entry.name), entry, problems)) continue;
    let file: string | undefined;
    let id: string;
    let assets: Record<string, Asset> = {};
    if (entry.isDirectory()) {
      id = entry.name;
      const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
      file = ['_index.md', 'index.md', '_index.mdx', 'index.mdx'].map((n) => path.join(/*turbopackIgnore: true*/ full, n)).find((f) => usablePath(f, 'file', problems));
      assets = listAssets(full, problems);
    } else if (/\.mdx?$/.test(entry.name) && !isNotAPage(entry.name)) {
      id = entry.name.replace(/\.mdx?$/, '');
      file = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    } else continue;
    if (!file) continue;
    const author = readAuthor(id, file, assets, entry.isDirectory(), problems);
    if (author) authors.set(id, author);
  }
  return authors;
}

/** One profile file read and checked: undefined when it has errors (they are in `problems`). */
function readAuthor(id: string, file: string, assets: Record<string, Asset>, inFolder: boolean, problems: ContentProblem[]): Author | undefined {
  {
    const parsed = readContentFile(file, problems);
    if (!parsed) return undefined;
    const a = validate(authorSchema, parsed.data, parsed, file, problems, LENIENT_FIELDS.author);
    if (!a) return undefined;
    // Hugo Blox shows a profile without `title:` under its folder's name; so do we, and say so.
    const name = a.title ?? nameFromId(id);
    if (a.title === undefined) {
      problems.push({ severity: 'warning', file: displayPath(file), line: 1, field: 'title', expected: "the author's display name as text", found: `nothing (the field is missing; shown as "${name}")` });
    }
    const dropLink = (field: string, link: string) =>
      problems.push({ severity: 'warning', file: displayPath(file), line: parsed.lineOf(field), field: field.replace(/\.(\d+)\./, '[$1].'), expected: `${PROFILE_LINK_EXPECTED} (the link was left out)`, found: JSON.stringify(link) });
    /** A link of either form: kept when https:// or mailto:, else dropped with a warning; an empty one was never given. */
    const profileLink = (field: string, icon: string | undefined, link: string | undefined, label: string | undefined): AuthorSocial[] => {
      if (link === undefined) return [];
      if (!isProfileLink(link)) {
        dropLink(field, link);
        return [];
      }
      return [{ icon: icon ?? 'link', link: link.trim(), label: label ?? socialLabel(icon ?? 'link') }];
    };
    if (a.email && !isEmailAddress(a.email)) {
      problems.push({ severity: 'warning', file: displayPath(file), line: parsed.lineOf('email'), field: 'email', expected: 'an address such as ada@example.org (it is not shown)', found: JSON.stringify(a.email) });
    }
    return {
      id,
      name,
      nameFromFolder: a.title === undefined || undefined,
      role: a.role,
      bio: a.bio,
      organizations: a.organizations.map((o, i) => {
        if (o.url === undefined || isProfileLink(o.url)) return { name: o.name, url: o.url };
        dropLink(`organizations.${i}.url`, o.url);
        return { name: o.name };
      }),
      social: [
        ...a.social.flatMap((s, i) => profileLink(`social.${i}.link`, s.icon, s.link, s.label)),
        ...a.profiles.flatMap((p, i) => profileLink(`profiles.${i}.url`, p.icon, p.url, p.label)),
      ],
      interests: a.interests,
      education: educationOf(a),
      userGroups: [...new Set(a.user_groups)],
      superuser: a.superuser,
      email: a.email && isEmailAddress(a.email) ? a.email.trim() : undefined,
      avatar: Object.values(assets).find((x) => /^avatar\./i.test(x.name)),
      assets,
      about: parsed.body.trim()
        ? { displayPath: displayPath(file), format: file.endsWith('.mdx') ? 'mdx' : 'md', body: parsed.body, bodyLine: parsed.bodyLine, bundleDir: inFolder ? path.dirname(file) : undefined }
        : undefined,
      hasProfile: true,
    };
  }
}

/**
 * Profiles in another language, Hugo's two ways: `_index.nl.md` beside `_index.md` in
 * content/authors/<id>/, or a profile in content/nl/authors/ (Hugo Blox's contentDir). A
 * translation replaces what it writes (the name, role, bio, biography …) and keeps the rest of the
 * original, the avatar too. One without an original is a warning: posts name authors by their id.
 */
export function loadAuthorTranslations(root: string, code: string, originals: ReadonlyMap<string, Author>, problems: ContentProblem[]): Map<string, Author> {
  const found = new Map<string, { author: Author; file: string }>();
  const dir = path.join(/*turbopackIgnore: true*/ root, 'authors');
  // The folder and its entries were reported, if they are links, when the profiles were read.
  if (usablePath(dir, 'folder', [])) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isDirectory()) continue;
      const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
      const file = ['_index', 'index'].flatMap((n) => ['md', 'mdx'].map((ext) => path.join(/*turbopackIgnore: true*/ full, `${n}.${code}.${ext}`))).find((f) => usablePath(f, 'file', problems));
      const author = file && readAuthor(entry.name, file, listAssets(full, []), true, problems);
      if (author) found.set(entry.name, { author, file });
    }
  }
  const folder = path.join(/*turbopackIgnore: true*/ root, code, 'authors');
  // Through a language folder that is a link (reported where the posts are found), nothing is read.
  const languageFolder = usablePath(path.join(/*turbopackIgnore: true*/ root, code), 'folder', []);
  for (const [id, author] of languageFolder ? loadAuthors(folder, problems) : []) found.set(id, { author, file: path.join(/*turbopackIgnore: true*/ folder, id) });
  const translated = new Map<string, Author>();
  for (const [id, { author: t, file }] of found) {
    const original = originals.get(id);
    if (!original?.hasProfile) {
      problems.push({
        severity: 'warning',
        file: displayPath(file),
        field: 'file',
        expected: `a profile at content/authors/${id}/_index.md that this translates`,
        found: `a ${code} profile of "${id}" with no original (it is shown on ${code} pages only)`,
      });
    }
    translated.set(id, original ? { ...original, ...withoutEmpty(t), ...(t.nameFromFolder ? { name: original.name } : {}), avatar: t.avatar ?? original.avatar, assets: { ...original.assets, ...t.assets } } : t);
  }
  return translated;
}

/** A translation's fields that say something: an empty list or an absent field keeps the original's. */
function withoutEmpty(author: Author): Partial<Author> {
  return Object.fromEntries(Object.entries(author).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as Partial<Author>;
}

