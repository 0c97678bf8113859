/**
 * `npm run import:hugo` on the fixture Hugo sites (tests/fixtures/hugo-site in TOML,
 * tests/fixtures/hugo-site-yaml with config/_default/*.yaml): what lands in the target, what the
 * report says, and that nothing outside the target is written and the Hugo site never changes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, getTranslationsIn } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { importHugoSite, ImportRefused } from '@/lib/hugo-import/import';
import { migrationReport, parseArgs, USAGE } from '@/scripts/import-hugo';
import { checkContent } from '@/scripts/check-content';

const TOML_SITE = path.resolve('tests/fixtures/hugo-site');
const YAML_SITE = path.resolve('tests/fixtures/hugo-site-yaml');
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'import-hugo-'));

/** Every file and link under a folder with its content hash: equal before and after means untouched. */
function treeHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      const stat = fs.lstatSync(full);
      hash.update(`${path.relative(dir, full)}\0${stat.mode}\0${stat.mtimeMs}\0`);
      if (e.isSymbolicLink()) hash.update(fs.readlinkSync(full));
      else if (e.isDirectory()) walk(full);
      else hash.update(fs.readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

const files = (dir: string) => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => !e.isDirectory()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe('importing the TOML fixture site', () => {
  it('copies posts, authors and the event into the blog layout, and the result passes the check', async () => {
    const before = treeHash(TOML_SITE);
    const into = path.join(temp(), 'content');
    const result = importHugoSite({ source: TOML_SITE, into });
    expect(treeHash(TOML_SITE)).toBe(before);
    expect([result.posts, result.authors, result.events]).toEqual([5, 2, 1]);
    expect(files(into)).toEqual([
      'authors/admin/_index.md', 'authors/admin/avatar.png', 'authors/ragni-mayte/_index.md', 'authors/ragni-mayte/avatar.png',
      'events/community-day-2023/featured.jpg', 'events/community-day-2023/index.md',
      'posts/2020/first-steps/featured.jpg', 'posts/2020/first-steps/index.md', 'posts/2021-onboarding/circles.png', 'posts/2021-onboarding/index.md',
      'posts/_index.md', 'posts/fall-workshop/index.md', 'posts/hackathon-recap.md',
      'posts/spring-meetup-2022/featured.jpg', 'posts/spring-meetup-2022/index.md', 'posts/spring-meetup-2022/whiteboard.png',
      'site.yaml',
    ]);
    expect(fs.readFileSync(path.join(into, 'posts/spring-meetup-2022/featured.jpg'))).toEqual(fs.readFileSync(path.join(TOML_SITE, 'content/post/spring-meetup-2022/featured.jpg')));
    const check = await checkContent(into);
    expect(check.problems).toEqual([]);
    // Five posts and the event page, which is read as a post announcing its event.
    expect([check.posts, check.authors]).toEqual([6, 2]);

    const index = buildIndex(into, false);
    expect(index.site).toMatchObject({
      title: 'Neighbourhood Commons',
      description: 'Stories, workshops and events from the Neighbourhood Commons community.',
      url: 'https://community.example.org',
      language: 'en-gb',
      timezone: 'Europe/London',
      pageSize: 8,
      nav: [
        { label: 'Posts', href: '/' },
        { label: 'Events', href: '/events' },
        { label: 'People', href: '/authors' },
        { label: 'Code', href: 'https://github.com/example/commons' },
      ],
    });
    expect(index.redirects.map((r) => `${r.from} → ${r.to}`)).toEqual([
      '/2022/04/spring-meetup → /posts/spring-meetup-2022',
      // The Hugo Blox event page's own address, where content/event/ served it.
      '/event/community-day-2023 → /posts/community-day-2023',
      '/news/hackathon.html → /posts/hackathon-recap',
      '/post/2020/first-steps → /posts/first-steps',
      '/post/fall-workshop → /posts/fall-workshop',
      '/post/first-steps → /posts/first-steps',
      '/post/hackathon-recap → /posts/hackathon-recap',
      '/post/onboarding-circles → /posts/onboarding-circles',
      '/post/spring-meetup → /posts/spring-meetup-2022',
      '/post/spring-meetup-2022 → /posts/spring-meetup-2022',
      '/workshops/fall-2021 → /posts/fall-workshop',
    ]);
  });

  it('prints the migration report: counts, changes, problems as npm run check prints them, old URL → new', async () => {
    const site = path.join(temp(), 'site');
    fs.cpSync(TOML_SITE, site, { recursive: true });
    // One real mistake left in the site: an impossible date.
    const post = path.join(site, 'content/post/2020/first-steps/index.md');
    fs.writeFileSync(post, fs.readFileSync(post, 'utf8').replace('date: 2020-05-02', 'date: 2020-02-30'));
    const into = path.join(temp(), 'content');
    const { lines, errors } = await migrationReport(importHugoSite({ source: site, into }));
    const at = displayPath(into);
    expect(errors).toBe(1);
    expect(lines[0]).toBe(`Imported ${displayPath(site)} into ${at}: 5 posts, 2 authors, 1 event.`);
    expect(lines).toEqual(expect.arrayContaining([
      "  content/post/ → posts/ (10 files; Hugo's post/ section is posts/ here)",
      "  content/event/ → events/ (2 files; Hugo's event/ section is events/ here)",
      '  config.toml → site.yaml (title from title, description from params.description, url from baseURL, language from languageCode, timezone from timeZone, pageSize from paginate, nav from the main menu)',
      '  not copied: content/post/.DS_Store (a hidden file)',
      '  menu link "Home" (#about) left out: this blog has no such page',
      'Problems (1 error, 0 warnings; the same list as npm run check):',
      `  ${at}/posts/2020/first-steps/index.md:3 date: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found "2020-02-30"`,
      '  /2022/04/spring-meetup/, /post/spring-meetup/, /post/spring-meetup-2022/ → https://community.example.org/posts/spring-meetup-2022',
      '  /news/hackathon.html, /post/hackathon-recap/ → https://community.example.org/posts/hackathon-recap',
      'npm run build stops until the error above is fixed.',
    ]));
  });
});

describe('importing the YAML fixture site (config/_default)', () => {
  it('reads every config file, takes both languages (German the default), and says what it left out', async () => {
    const into = path.join(temp(), 'content');
    const result = importHugoSite({ source: YAML_SITE, into });
    expect(result.notes).toEqual([
      'baseURL has the path /blog: build with BASE_PATH=/blog to serve the blog there',
      'menu link "Projekte" (/project/) left out: this blog has no such page',
    ]);
    const { site } = buildIndex(into, false);
    expect(site.languages.map((l) => [l.code, l.name, l.locale, l.isDefault])).toEqual([['de', 'Deutsch', 'de-DE', true], ['en', 'English', 'en-GB', false]]);
    expect(site).toMatchObject({
      title: 'Werkstatt Nord',
      description: 'Reparieren, teilen, lernen: Notizen aus der Werkstatt Nord.',
      url: 'https://werkstatt.example.org',
      language: 'de-DE', // the default language's locale: what <html lang> and Intl get
      timezone: 'Europe/Berlin',
      pageSize: 12,
      nav: [{ label: 'Beiträge', href: '/' }, { label: 'Termine', href: '/events' }, { label: 'Schlagworte', href: '/tags' }],
    });
    expect((await checkContent(into)).problems).toEqual([]);
  });

  it('names the file and line of a config it cannot read, and still imports the posts', () => {
    const site = path.join(temp(), 'site');
    fs.cpSync(YAML_SITE, site, { recursive: true });
    fs.writeFileSync(path.join(site, 'config/_default/params.yaml'), 'hugoblox:\n  seo:\n    description: Reparieren: teilen, lernen\n');
    const result = importHugoSite({ source: site, into: path.join(temp(), 'content') });
    expect(result.notes[0]).toBe('config/_default/params.yaml:3 config: expected valid YAML, found Nested mappings are not allowed in compact mappings');
    expect(result.posts).toBe(1);
  });
});

describe('the import never writes outside its target and never changes the Hugo site', () => {
  it('refuses a target that is not empty, unless --force, which replaces only what it writes', () => {
    const into = temp();
    fs.mkdirSync(path.join(into, 'posts/old-post'), { recursive: true });
    fs.writeFileSync(path.join(into, 'posts/old-post/index.md'), 'old');
    fs.writeFileSync(path.join(into, 'notes.txt'), 'keep me');
    expect(() => importHugoSite({ source: YAML_SITE, into })).toThrow(
      new ImportRefused(`The target ${into} is not empty (notes.txt, posts). Import into an empty folder with --into <folder>, or add --force to replace its posts, authors, events, site.yaml.`),
    );
    expect(fs.readFileSync(path.join(into, 'posts/old-post/index.md'), 'utf8')).toBe('old');
    importHugoSite({ source: YAML_SITE, into, force: true });
    expect(files(into)).toEqual(['authors/jonas-berg/_index.md', 'authors/jonas-berg/avatar.png', 'events/repair-evening/index.md', 'notes.txt', 'posts/tool-library/featured.png', 'posts/tool-library/index.md', 'site.yaml']);
  });

  it('does not follow links in the Hugo site, nor write through a link in the target', () => {
    const outside = temp();
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'private');
    const site = path.join(temp(), 'site');
    fs.cpSync(YAML_SITE, site, { recursive: true });
    fs.symlinkSync(outside, path.join(site, 'content/post/linked-folder'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(site, 'content/post/tool-library/notes.txt'));
    const before = treeHash(site);
    const into = path.join(temp(), 'content');
    const result = importHugoSite({ source: site, into });
    expect(result.changes).toEqual(expect.arrayContaining([
      `not copied: content/post/linked-folder (a link to ${outside}; copy what it points to yourself if it belongs to the site)`,
      `not copied: content/post/tool-library/notes.txt (a link to ${path.join(outside, 'secret.txt')}; copy what it points to yourself if it belongs to the site)`,
    ]));
    expect(files(into)).not.toContain('posts/linked-folder/secret.txt');
    expect(files(into)).not.toContain('posts/tool-library/notes.txt');
    expect(treeHash(site)).toBe(before);

    // A target whose posts/ is a link to somewhere else: refused even with --force.
    const target = temp();
    fs.symlinkSync(outside, path.join(target, 'posts'));
    const outsideBefore = treeHash(outside);
    expect(() => importHugoSite({ source: YAML_SITE, into: target, force: true })).toThrow(
      new ImportRefused(`${path.join(target, 'posts')} is a link: the import writes only into real folders inside ${target}. Remove the link first.`),
    );
    expect(treeHash(outside)).toBe(outsideBefore);
  });

  it('reads no setting through a link or from a pipe, copies no pipe, and never waits on one', () => {
    const SECRET = 'OUTSIDE-SECRET-1c9e';
    const outside = temp();
    fs.writeFileSync(path.join(outside, 'secret.toml'), `title = "${SECRET}"\nbaseURL = [${SECRET}]\n`);
    fs.mkdirSync(path.join(outside, 'conf'));
    fs.writeFileSync(path.join(outside, 'conf/params.yaml'), `title: ${SECRET}\n`);
    const site = path.join(temp(), 'site');
    fs.cpSync(YAML_SITE, site, { recursive: true });
    fs.symlinkSync(path.join(outside, 'secret.toml'), path.join(site, 'hugo.toml'));
    fs.symlinkSync(path.join(outside, 'conf/params.yaml'), path.join(site, 'config/_default/social.yaml'));
    execFileSync('mkfifo', [path.join(site, 'config/_default/menus.nl.yaml')]);
    execFileSync('mkfifo', [path.join(site, 'content/post/pipe.md')]);
    execFileSync('mkfifo', [path.join(site, 'content/post/tool-library/notes.txt')]);
    const into = path.join(temp(), 'content');
    const result = importHugoSite({ source: site, into });
    const link = 'expected a file or folder in the content folder itself (links are not followed), found a link (symlink); it was left out';
    const pipe = 'expected a regular file (pipes, devices and sockets are not read), found a named pipe (FIFO); it was left out';
    expect(result.notes).toEqual(expect.arrayContaining([`hugo.toml config: ${link}`, `config/_default/social.yaml config: ${link}`, `config/_default/menus.nl.yaml config: ${pipe}`]));
    expect(result.changes).toEqual(expect.arrayContaining(['not copied: content/post/pipe.md (a named pipe (FIFO), not a file)', 'not copied: content/post/tool-library/notes.txt (a named pipe (FIFO), not a file)']));
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(files(into).some((f) => /pipe|notes/.test(f))).toBe(false);
    expect(fs.readFileSync(path.join(into, 'site.yaml'), 'utf8')).not.toContain(SECRET);
  });

  it('refuses a target that is a link, and writes no folder a language code would put outside the target', () => {
    const outside = temp();
    const link = path.join(temp(), 'content');
    fs.symlinkSync(outside, link);
    expect(() => importHugoSite({ source: YAML_SITE, into: link })).toThrow(
      new ImportRefused(`The target ${link} is a link: the import writes only into a real folder. Import into the folder it points to, or remove the link.`),
    );
    expect(fs.readdirSync(outside)).toEqual([]);

    const site = path.join(temp(), 'site');
    fs.cpSync(YAML_SITE, site, { recursive: true });
    fs.mkdirSync(path.join(site, 'content/escape/post/away'), { recursive: true });
    fs.writeFileSync(path.join(site, 'content/escape/post/away/index.md'), '---\ntitle: Away\ndate: 2024-01-01\n---\n');
    fs.writeFileSync(
      path.join(site, 'config/_default/languages.yaml'),
      'en:\n  languageName: English\n  weight: 1\n"../../escape":\n  contentDir: content/escape\n  weight: 2\n"..":\n  contentDir: content/escape\n  weight: 3\n__proto__:\n  contentDir: content/escape\n  weight: 4\n',
    );
    const parent = temp();
    const into = path.join(parent, 'content');
    const result = importHugoSite({ source: site, into });
    expect(fs.readdirSync(parent)).toEqual(['content']);
    expect(fs.readdirSync(into).sort()).toEqual(['authors', 'events', 'posts', 'site.yaml']);
    // A code with dots names no setting Hugo could read (keys are dotted paths); __proto__ is a name like any other.
    expect(result.notes).toContain('languages.__proto__.contentDir content/escape: "__proto__" cannot be a folder here; its content was not copied');
    expect(result.changes.filter((c) => c.includes('content/escape'))).toEqual([]);
  });

  it('resolves ../ in --into to the folder it names, and refuses a target inside the Hugo site', () => {
    const parent = temp();
    const args = parseArgs([YAML_SITE, '--into', 'a/../b'], parent);
    expect(args).toEqual({ source: YAML_SITE, into: path.join(parent, 'b'), force: false });
    importHugoSite(args);
    expect(fs.readdirSync(parent)).toEqual(['b']);
    const site = path.join(temp(), 'site');
    fs.cpSync(YAML_SITE, site, { recursive: true });
    const before = treeHash(site);
    for (const into of [path.join(site, 'content'), path.join(site, 'content/../public/blog'), path.dirname(site)]) {
      expect(() => importHugoSite({ source: site, into, force: true }), into).toThrow(
        new ImportRefused(`The target ${into} and the Hugo site ${site} overlap: import into a folder outside the Hugo site (the site is never changed).`),
      );
    }
    expect(treeHash(site)).toBe(before);
  });

  it('says what is wrong with the command line', () => {
    expect(() => parseArgs([])).toThrow(new ImportRefused(USAGE));
    expect(() => parseArgs(['site', '--into'])).toThrow(new ImportRefused(`--into needs a folder\n${USAGE}`));
    expect(() => parseArgs(['site', '--overwrite'])).toThrow(new ImportRefused(`unknown option --overwrite\n${USAGE}`));
    expect(() => importHugoSite({ source: path.resolve('tests/fixtures/hugo-blox'), into: temp() })).toThrow(new ImportRefused(`${path.resolve('tests/fixtures/hugo-blox')} is not a Hugo site: it has no content/ folder.`));
    expect(parseArgs(['site'], '/project')).toEqual({ source: '/project/site', into: '/project/content', force: false });
  });

  it('runs as npm run import:hugo: the report on stdout, a refusal on stderr with exit 1', () => {
    const into = path.join(temp(), 'content');
    const run = (args: string[]) => spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/import-hugo.ts', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    const ok = run([YAML_SITE, '--into', into]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('  /post/tool-library/, /werkzeug/ → https://werkstatt.example.org/posts/tool-library\n');
    const again = run([YAML_SITE, '--into', into]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`import:hugo: The target ${into} is not empty (authors, events, posts, site.yaml). Import into an empty folder with --into <folder>, or add --force to replace its posts, authors, events, site.yaml.\n`);
  });
});

describe("importing a multilingual Hugo Blox site (contentDir: content/<lang>)", () => {
  const SITE = path.resolve('tests/fixtures/hugo-multilingual');

  it('moves each language into its folder, takes the languages, and links the translations', async () => {
    const before = treeHash(SITE);
    const into = path.join(temp(), 'content');
    const result = importHugoSite({ source: SITE, into });
    expect(treeHash(SITE)).toBe(before);
    expect(files(into)).toEqual([
      'ar/posts/community-workshop/index.md',
      'authors/admin/_index.md',
      'events/spring-meetup/index.md',
      'nl/authors/admin/_index.md',
      'nl/events/spring-meetup/index.md',
      'nl/posts/community-workshop/index.md', 'nl/posts/noteer-de-datum.md',
      'posts/_index.md', 'posts/community-workshop/featured.png', 'posts/community-workshop/index.md', 'posts/english-only.md', 'posts/save-the-date.md',
      'posts/tips/index.md', 'posts/tips/index.nl.md',
      'site.yaml',
    ]);
    expect(result.changes.slice(0, 6)).toEqual([
      'content/en/post/ → posts/ (7 files)',
      'content/en/authors/ → authors/ (1 file)',
      'content/en/event/ → events/ (1 file)',
      'content/nl/post/ → nl/posts/ (2 files; nl content is under nl/ here)',
      'content/nl/authors/ → nl/authors/ (1 file; nl content is under nl/ here)',
      'content/nl/event/ → nl/events/ (1 file; nl content is under nl/ here)',
    ]);
    expect(result.notes).toEqual([]);
    // The Dutch profile is the Dutch pages' (its role and bio translated); Arabic has none and shows the English one.
    const profile = (code: string) => buildIndex(into, false).authorsByLanguage.get(code)!.get('admin')!;
    expect([profile('nl').role, profile('nl').bio]).toEqual(['Gemeenschapsorganisator', 'Ama leidt de workshops.']);
    expect([profile('ar').role, profile('ar').bio]).toEqual(['Community organiser', 'Ama runs the workshops.']);
    // Every language's posts and events: 5 + 3 + 1 (tips has its Dutch index beside the English one).
    expect([result.posts, result.events]).toEqual([7, 2]);

    const check = await checkContent(into);
    // The one thing Hugo let pass silently: tags written twice in the English workshop post.
    expect(check.problems.map((p) => `${p.file.replace(displayPath(into), 'content')}:${p.line} ${p.field}`)).toEqual(['content/posts/community-workshop/index.md:13 tags']);

    const index = buildIndex(into, false);
    expect(index.site.languages.map((l) => [l.code, l.name, l.locale, l.dir, l.title, l.description])).toEqual([
      ['en', 'English', 'en-us', undefined, 'Community Commons', 'What we learn growing communities.'],
      ['nl', 'Nederlands', 'nl-nl', undefined, 'Gemeenschapsgoed', 'Wat we leren van gemeenschappen.'],
      ['ar', 'العربية', 'ar', 'rtl', 'Community Commons', 'What we learn growing communities.'],
    ]);
    expect(index.site.nav).toEqual([{ label: 'Posts', href: '/' }, { label: 'Events', href: '/events' }]);
    expect(index.site.languages[1]!.nav).toEqual([{ label: 'Berichten', href: '/' }, { label: 'Evenementen', href: '/events' }]);
    const titles = (code: string) => index.byLanguage.get(code)!.published.map((p) => p.title);
    expect(titles('en')).toEqual(['Spring meetup', 'Five facilitation tips', 'Save the date: spring meetup', 'What does it take to build a community?', 'English only']);
    expect(titles('nl')).toEqual(['Voorjaarsbijeenkomst', 'Vijf tips voor gespreksleiders', 'Noteer de datum: voorjaarsbijeenkomst', 'Wat is er nodig om een gemeenschap te bouwen?']);
    expect(titles('ar')).toEqual(['ما الذي يتطلبه بناء مجتمع؟']);
    const translations = (slug: string) => getTranslationsIn(index, index.posts.find((p) => p.slug === slug)!).map((p) => `${p.lang}:${p.slug}`);
    expect(translations('community-workshop')).toEqual(['nl:community-workshop', 'ar:community-workshop']);
    expect(translations('save-the-date')).toEqual(['nl:noteer-de-datum']);
    expect(translations('tips')).toEqual(['nl:tips']);
    expect(translations('spring-meetup')).toEqual(['nl:spring-meetup']);
    expect(translations('english-only')).toEqual([]);
  });

  it('never copies through a contentDir that is a link to somewhere else', () => {
    const copy = path.join(temp(), 'site');
    fs.cpSync(SITE, copy, { recursive: true });
    const outside = path.join(temp(), 'elsewhere');
    fs.mkdirSync(path.join(outside, 'post'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'post/private.md'), '---\ntitle: Private\ndate: 2024-01-01\n---\n');
    fs.rmSync(path.join(copy, 'content/ar'), { recursive: true });
    fs.symlinkSync(outside, path.join(copy, 'content/ar'));
    const into = path.join(temp(), 'content');
    const result = importHugoSite({ source: copy, into });
    expect(fs.existsSync(path.join(into, 'ar'))).toBe(false);
    expect(result.changes).toContain('not copied: content/ar/post (reached through a link)');
  });

  it('with --force, replaces the language folders it writes too, and nothing else', () => {
    const into = path.join(temp(), 'content');
    fs.mkdirSync(path.join(into, 'nl/posts'), { recursive: true });
    fs.writeFileSync(path.join(into, 'nl/posts/stale.md'), '---\ntitle: Stale\ndate: 2020-01-01\n---\n');
    fs.writeFileSync(path.join(into, 'notes.txt'), 'mine');
    expect(() => importHugoSite({ source: SITE, into })).toThrow('add --force to replace its posts, authors, events, site.yaml, nl, ar.');
    importHugoSite({ source: SITE, into, force: true });
    expect(fs.existsSync(path.join(into, 'nl/posts/stale.md'))).toBe(false);
    expect(fs.readFileSync(path.join(into, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
