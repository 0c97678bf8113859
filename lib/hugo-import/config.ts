/**
 * A Hugo site's configuration, read the way Hugo reads it, turned into this blog's
 * `content/site.yaml` (the fields lib/content/site.ts knows). Pure of the file system except
 * `readHugoConfig`, which only reads.
 *
 * Hugo reads the first of hugo.toml|yaml|yml|json, config.toml|yaml|yml|json at the site's root,
 * and then `config/_default/*`: `hugo.*`/`config.*` there are the top level, any other file is
 * the key of its name (`params.yaml` → params, `menus.en.toml` → menus). Keys are case-insensitive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { isTimeZone } from '../events';
import { own } from '../own';
import { readRegularFile, refusal } from '../content/regular-files';
import { isPermalinkPattern, PERMALINK_EXPECTED } from '../hugo-permalinks';

type Data = Record<string, unknown>;

const ROOT_FILES = ['hugo', 'config'].flatMap((n) => ['toml', 'yaml', 'yml', 'json'].map((ext) => `${n}.${ext}`));

export interface HugoConfig {
  data: Data;
  /** The files read, relative to the site. */
  files: string[];
  /** Files that could not be read: `config.toml:3 config: expected valid TOML, found …`. */
  problems: string[];
}

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

function merge(into: Data, from: Data): Data {
  for (const [key, value] of Object.entries(from)) {
    // As a key it would replace the settings object's prototype; Hugo has no such setting.
    if (key === '__proto__') continue;
    const existing = Object.keys(into).find((k) => k.toLowerCase() === key.toLowerCase());
    if (existing !== undefined && isObject(into[existing]) && isObject(value)) merge(into[existing] as Data, value);
    else into[existing ?? key] = value;
  }
  return into;
}

function parseFile(file: string, shown: string, problems: string[]): Data | undefined {
  // A link could feed a file from outside the site into the settings and the report; a pipe would never end.
  const why = refusal(fs.lstatSync(file));
  const bytes = why ? undefined : readRegularFile(file);
  if (!bytes) {
    problems.push(`${shown} config: expected ${why?.expected ?? 'a readable file'}, found ${why?.found ?? 'a file that changed while it was read'}`);
    return undefined;
  }
  const text = bytes.toString('utf8');
  const ext = path.extname(file).slice(1);
  const kind = ext === 'toml' ? 'TOML' : ext === 'json' ? 'JSON' : 'YAML';
  try {
    const value: unknown = ext === 'toml' ? parseToml(text) : ext === 'json' ? JSON.parse(text) : parseYaml(text);
    if (value === null || value === undefined) return {};
    if (!isObject(value)) throw new Error('not a mapping of settings');
    return value;
  } catch (err) {
    const line = (err as { line?: number; linePos?: { line: number }[] }).line ?? (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push(`${shown}${line ? `:${line}` : ''} config: expected valid ${kind}, found ${message}`);
    return undefined;
  }
}

export function readHugoConfig(site: string): HugoConfig {
  const data: Data = {};
  const files: string[] = [];
  const problems: string[] = [];
  const read = (rel: string, under?: string) => {
    const parsed = parseFile(path.join(site, rel), rel, problems);
    files.push(rel);
    if (parsed) merge(data, under ? under.split('.').reduceRight<Data>((inner, key) => ({ [key]: inner }), parsed) : parsed);
  };
  const root = ROOT_FILES.find((n) => fs.lstatSync(path.join(site, n), { throwIfNoEntry: false }));
  if (root) read(root);
  const dir = path.join(site, 'config', '_default');
  const folder = fs.lstatSync(dir, { throwIfNoEntry: false });
  const why = folder && refusal(folder);
  if (why) problems.push(`config/_default config: expected ${why.expected}, found ${why.found}`);
  if (folder?.isDirectory()) {
    const names = fs.readdirSync(dir).filter((n) => /\.(toml|ya?ml|json)$/.test(n)).sort();
    // The top-level files first, so that params.yaml and friends win over what they repeat.
    for (const name of [...names.filter((n) => /^(hugo|config)\./.test(n)), ...names.filter((n) => !/^(hugo|config)\./.test(n))]) {
      const [key, lang] = name.split('.').slice(0, -1) as [string, string | undefined];
      // `menus.nl.yaml` and `params.nl.toml` are a language's own, as Hugo reads them.
      read(`config/_default/${name}`, key === 'hugo' || key === 'config' ? undefined : lang ? `languages.${lang}.${key}` : key);
    }
  }
  return { data, files, problems };
}

/** A key of a Hugo setting, looked up without regard to case, along a dotted path. */
export function setting(data: unknown, dotted: string): unknown {
  let node = data;
  for (const key of dotted.split('.')) {
    if (!isObject(node)) return undefined;
    const found = Object.keys(node).find((k) => k.toLowerCase() === key.toLowerCase());
    node = found === undefined ? undefined : node[found];
  }
  return node;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const firstText = (data: Data, keys: string[]) => {
  for (const k of keys) {
    const v = text(setting(data, k));
    if (v) return { value: v, key: k };
  }
  return undefined;
};

export interface SiteYaml {
  title?: string;
  description?: string;
  url?: string;
  language?: string;
  timezone?: string;
  pageSize?: number;
  nav?: { label: string; href: string }[];
  languages?: LanguageYaml[];
  /** How the Hugo site addressed its posts (lib/hugo-permalinks.ts); `section` is added by the import, which sees the folders. */
  hugo?: HugoYaml;
}

export interface HugoYaml {
  section?: string;
  permalinks?: Record<string, string>;
  uglyURLs?: boolean | Record<string, boolean>;
  defaultContentLanguageInSubdir?: boolean;
  languages?: Record<string, { permalinks: Record<string, string> }>;
}

/** One entry of site.yaml's `languages:` (lib/content/languages.ts), from Hugo's `languages.<code>`. */
export interface LanguageYaml {
  code: string;
  name?: string;
  locale?: string;
  dir?: 'ltr' | 'rtl';
  title?: string;
  description?: string;
  nav?: { label: string; href: string }[];
}

/** Where a language's content is in the Hugo site, when it has a `contentDir` of its own. */
export interface ContentDir {
  code: string;
  /** Relative to the site, forward slashes, no trailing slash: `content/nl`. */
  dir: string;
  isDefault: boolean;
}

export interface SiteTranslation {
  site: SiteYaml;
  /** Per-language content folders (`contentDir`), the default language's first when it has one. */
  contentDirs: ContentDir[];
  /** What came from where: "title from title". */
  taken: string[];
  /** What could not be taken, and what to do. */
  notes: string[];
}

/** Where a Hugo Blox menu link points on this blog, or undefined when there is no such page here. */
export function menuHref(url: string): string | undefined {
  const u = url.trim();
  if (/^https?:\/\//i.test(u) || /^mailto:/i.test(u)) return u;
  const clean = u.replace(/^\/?#/, '#').replace(/\/+$/, '').toLowerCase();
  const sections: Record<string, string> = {
    '': '/', '#': '/', '#posts': '/', '/post': '/', '/posts': '/', '/blog': '/', '#home': '/',
    '/authors': '/authors', '/author': '/authors', '#people': '/authors', '/people': '/authors',
    '/event': '/events', '/events': '/events', '#events': '/events', '#talks': '/events', '/talk': '/events',
    '/tag': '/tags', '/tags': '/tags', '#tags': '/tags', '/category': '/categories', '/categories': '/categories', '/search': '/search',
  };
  const section = own(sections, clean);
  if (section !== undefined) return section;
  const post = /^\/posts?\/([^/#?]+)$/.exec(clean);
  if (post) return `/posts/${post[1]}`;
  return undefined;
}

/** The default language's own menu (`menus.en.yaml`, `languages.en.menus`) when the site has no shared one. */
function defaultNav(data: Data, code: string | undefined, notes: string[]) {
  const shared = setting(data, 'menu.main') ?? setting(data, 'menus.main');
  if (shared || !code) return navItems(shared, notes);
  return navItems(setting(data, `languages.${code}.menus.main`) ?? setting(data, `languages.${code}.menu.main`), notes);
}

function navItems(main: unknown, notes: string[]): { label: string; href: string }[] | undefined {
  if (!Array.isArray(main)) return undefined;
  const items = main
    .filter(isObject)
    .map((item, i) => ({ name: text(item.name) ?? text(item.identifier), url: text(item.url) ?? text(item.pageRef) ?? text(item.pageref), weight: typeof item.weight === 'number' ? item.weight : 0, i }))
    .sort((a, b) => a.weight - b.weight || a.i - b.i);
  const nav: { label: string; href: string }[] = [];
  for (const item of items) {
    if (!item.name || !item.url) continue;
    const href = menuHref(item.url);
    if (!href) {
      notes.push(`menu link "${item.name}" (${item.url}) left out: this blog has no such page`);
      continue;
    }
    if (!nav.some((n) => n.href === href)) nav.push({ label: item.name, href });
  }
  return nav.length ? nav : undefined;
}

/** The site's origin from Hugo's baseURL; a path under it, or an address that is none, becomes a note. */
function siteOrigin(baseURL: string | undefined, notes: string[]): string | undefined {
  if (!baseURL) return undefined;
  try {
    const url = new URL(baseURL);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http');
    const sub = url.pathname.replace(/\/+$/, '');
    if (sub) notes.push(`baseURL has the path ${sub}: build with BASE_PATH=${sub} to serve the blog there`);
    return url.origin;
  } catch {
    notes.push(`baseURL ${JSON.stringify(baseURL)} is not an absolute http(s) address: set url in site.yaml yourself`);
    return undefined;
  }
}

/**
 * Several languages: each its name, locale, direction, title, description and menu; the default
 * (defaultContentLanguage, else the lightest weight) first, then by weight.
 */
function languagesFromHugo(data: Data, languages: Data, defaultLanguage: string | undefined, notes: string[]): { main: string; list: LanguageYaml[]; contentDirs: ContentDir[] } {
  const contentDirs: ContentDir[] = [];
  const codes = Object.keys(languages);
  const weightOf = (code: string) => {
    const w = setting(languages, `${code}.weight`);
    return typeof w === 'number' ? w : Number.POSITIVE_INFINITY;
  };
  const ordered = codes.map((code, i) => ({ code, i })).sort((a, b) => weightOf(a.code) - weightOf(b.code) || a.i - b.i).map((e) => e.code);
  const main = codes.find((c) => c.toLowerCase() === defaultLanguage?.toLowerCase()) ?? ordered[0]!;
  const list: LanguageYaml[] = [];
  for (const code of [main, ...ordered.filter((c) => c !== main)]) {
    const at = (key: string) => text(setting(languages, `${code}.${key}`));
    const direction = at('languageDirection')?.toLowerCase();
    // The default language's menu is the site's nav (below); the others' are their own.
    const nav = code === main ? undefined : navItems(setting(languages, `${code}.menu.main`) ?? setting(languages, `${code}.menus.main`), notes);
    const entry: LanguageYaml = { code };
    const name = at('languageName');
    const locale = at('languageCode') ?? (code === main ? text(setting(data, 'languageCode')) : undefined);
    const title = at('title');
    const description = at('params.description') ?? at('description');
    if (name) entry.name = name;
    if (locale && locale.toLowerCase() !== code.toLowerCase()) entry.locale = locale;
    if (direction === 'rtl' || direction === 'ltr') entry.dir = direction;
    if (title) entry.title = title;
    if (description) entry.description = description;
    if (nav) entry.nav = nav;
    list.push(entry);
    const dir = at('contentDir');
    if (dir) contentDirs.push({ code, dir: dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, ''), isDefault: code === main });
  }
  return { main, list, contentDirs };
}

export function siteFromHugo(data: Data): SiteTranslation {
  const site: SiteYaml = {};
  const taken: string[] = [];
  const notes: string[] = [];
  const languages = setting(data, 'languages');
  // Hugo's defaultContentLanguage is en when not written.
  const keys = isObject(languages) ? Object.keys(languages) : [];
  const defaultLanguage = text(setting(data, 'defaultContentLanguage')) ?? keys.find((k) => k.toLowerCase() === 'en') ?? keys[0];
  const lang = defaultLanguage && isObject(languages) ? `languages.${defaultLanguage}` : undefined;
  const take = <K extends keyof SiteYaml>(field: K, value: SiteYaml[K] | undefined, from: string) => {
    if (value === undefined) return;
    site[field] = value;
    taken.push(`${field} from ${from}`);
  };

  const title = firstText(data, ['title', ...(lang ? [`${lang}.title`] : []), 'params.hugoblox.identity.name']);
  take('title', title?.value, title?.key ?? '');
  const description = firstText(data, [
    'params.description', 'params.hugoblox.seo.description', 'params.marketing.seo.description', 'params.seo.description',
    ...(lang ? [`${lang}.params.description`, `${lang}.description`] : []), 'description',
  ]);
  take('description', description?.value, description?.key ?? '');

  const url = siteOrigin(text(setting(data, 'baseURL')), notes);
  if (url) take('url', url, 'baseURL');

  let contentDirs: ContentDir[] = [];
  if (isObject(languages) && Object.keys(languages).length > 1) {
    const several = languagesFromHugo(data, languages, defaultLanguage, notes);
    contentDirs = several.contentDirs;
    take('language', several.main, defaultLanguage ? 'defaultContentLanguage' : 'the lightest language');
    take('languages', several.list, `languages (${several.list.map((l) => l.code).join(', ')})`);
  } else {
    const language = firstText(data, ['languageCode', ...(lang ? [`${lang}.languageCode`] : []), 'defaultContentLanguage']);
    take('language', language?.value, language?.key ?? '');
  }

  const zone = firstText(data, ['timeZone', 'params.hugoblox.locale.time_zone', 'params.locale.time_zone', 'params.time_zone', 'params.timezone']);
  if (zone && isTimeZone(zone.value)) take('timezone', zone.value, zone.key);
  else if (zone) notes.push(`${zone.key} ${JSON.stringify(zone.value)} is not an IANA time zone: the site's timezone stays UTC`);

  const pager = setting(data, 'pagination.pagerSize') ?? setting(data, 'paginate');
  if (typeof pager === 'number' && Number.isInteger(pager) && pager >= 1 && pager <= 100) take('pageSize', pager, setting(data, 'pagination.pagerSize') !== undefined ? 'pagination.pagerSize' : 'paginate');

  const nav = defaultNav(data, defaultLanguage, notes);
  if (nav) take('nav', nav, 'the main menu');
  const hugo = hugoUrls(data, isObject(languages) ? Object.keys(languages) : [], notes);
  if (hugo) take('hugo', hugo.value, hugo.from.join(', '));
  return { site, contentDirs, taken, notes };
}

/**
 * Hugo's `permalinks` in either form (`posts: …` or `page: { posts: … }`), a pattern without its
 * leading slash as Hugo reads it; a pattern with a token Hugo does not have is left out, said so.
 */
function permalinkMap(value: unknown, key: string, notes: string[]): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const page = setting(value, 'page');
  const entries = Object.entries(value).filter(([k, v]) => typeof v === 'string' && !['page', 'section', 'taxonomy', 'term'].includes(k.toLowerCase()));
  if (isObject(page)) entries.push(...Object.entries(page).filter(([, v]) => typeof v === 'string'));
  const map: Record<string, string> = {};
  for (const [section, raw] of entries) {
    const pattern = (raw as string).trim().startsWith('/') ? (raw as string).trim() : `/${(raw as string).trim()}`;
    if (isPermalinkPattern(pattern)) map[section] = pattern;
    else notes.push(`${key}.${section} ${JSON.stringify(raw)} left out: expected ${PERMALINK_EXPECTED}; the old addresses of those pages are not redirected`);
  }
  return Object.keys(map).length ? map : undefined;
}

/** What decided the site's old addresses: permalinks (site-wide and per language), uglyURLs, defaultContentLanguageInSubdir. */
function hugoUrls(data: Data, languageCodes: string[], notes: string[]): { value: HugoYaml; from: string[] } | undefined {
  const value: HugoYaml = {};
  const from: string[] = [];
  const permalinks = permalinkMap(setting(data, 'permalinks'), 'permalinks', notes);
  if (permalinks) (value.permalinks = permalinks), from.push('permalinks');
  const ugly = setting(data, 'uglyURLs');
  if (typeof ugly === 'boolean' || (isObject(ugly) && Object.values(ugly).every((v) => typeof v === 'boolean'))) {
    if (ugly !== false) (value.uglyURLs = ugly as HugoYaml['uglyURLs']), from.push('uglyURLs');
  }
  const subdir = setting(data, 'defaultContentLanguageInSubdir');
  if (subdir === true) (value.defaultContentLanguageInSubdir = true), from.push('defaultContentLanguageInSubdir');
  for (const code of languageCodes) {
    const own = permalinkMap(setting(data, `languages.${code}.permalinks`), `languages.${code}.permalinks`, notes);
    if (!own) continue;
    (value.languages ??= {})[code] = { permalinks: own };
    from.push(`languages.${code}.permalinks`);
  }
  return from.length ? { value, from } : undefined;
}
