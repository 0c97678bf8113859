import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuHref, readHugoConfig, setting, siteFromHugo } from '@/lib/hugo-import/config';
import { makeContent } from '../helpers/content';

describe('reading a Hugo configuration', () => {
  it('reads the first root file in Hugo\'s order, then config/_default, keys without regard to case', () => {
    const site = makeContent({
      'hugo.toml': 'title = "From hugo.toml"\nbaseurl = "https://a.example.org/"\n[Params]\n  description = "root"\n',
      'config.toml': 'title = "Never read"\n',
      'config/_default/params.toml': 'description = "from params.toml"\n',
      'config/_default/menus.en.toml': '[[main]]\n  name = "Posts"\n  url = "/post/"\n',
      'config/_default/README.md': 'not a config file',
    });
    const { data, files, problems } = readHugoConfig(site);
    expect(files).toEqual(['hugo.toml', 'config/_default/menus.en.toml', 'config/_default/params.toml']);
    expect(problems).toEqual([]);
    expect(setting(data, 'title')).toBe('From hugo.toml');
    expect(setting(data, 'baseURL')).toBe('https://a.example.org/');
    expect(setting(data, 'params.description')).toBe('from params.toml');
    // menus.en.toml is English's own menu, as Hugo reads it; the default language's is the site's.
    expect(setting(data, 'languages.en.menus.main')).toEqual([{ name: 'Posts', url: '/post/' }]);
    expect(siteFromHugo(data).site.nav).toEqual([{ label: 'Posts', href: '/' }]);
  });

  it('takes every language of a multilingual site: names, locales, direction, titles and menus, the default first', () => {
    const site = makeContent({
      'config/_default/hugo.yaml': 'title: Buurtwerk\ndefaultContentLanguage: nl\n',
      'config/_default/languages.yaml':
        'en:\n  languageName: English\n  languageCode: en-GB\n  weight: 2\n  title: Neighbourhood work\n  params:\n    description: Notes from the neighbourhood.\n' +
        'nl:\n  languageName: Nederlands\n  languageCode: nl-NL\n  contentDir: content/nl\n  weight: 1\n' +
        'ar:\n  languageName: العربية\n  languageDirection: rtl\n  contentDir: ./content/ar/\n  weight: 3\n',
      'config/_default/menus.nl.yaml': 'main:\n  - name: Berichten\n    url: /post/\n',
      'config/_default/menus.en.yaml': 'main:\n  - name: Posts\n    url: /post/\n  - name: Talks\n    url: /talk/\n',
    });
    const { site: yaml, contentDirs, notes } = siteFromHugo(readHugoConfig(site).data);
    expect(yaml.language).toBe('nl');
    expect(yaml.nav).toEqual([{ label: 'Berichten', href: '/' }]);
    expect(yaml.languages).toEqual([
      { code: 'nl', name: 'Nederlands', locale: 'nl-NL' },
      { code: 'en', name: 'English', locale: 'en-GB', title: 'Neighbourhood work', description: 'Notes from the neighbourhood.', nav: [{ label: 'Posts', href: '/' }, { label: 'Talks', href: '/events' }] },
      { code: 'ar', name: 'العربية', dir: 'rtl' },
    ]);
    expect(contentDirs).toEqual([{ code: 'nl', dir: 'content/nl', isDefault: true }, { code: 'ar', dir: 'content/ar', isDefault: false }]);
    expect(notes).toEqual([]);
  });

  it('names the file and line of TOML it cannot read', () => {
    const site = makeContent({ 'config.toml': 'title = "Commons"\nbaseURL = \n' });
    expect(readHugoConfig(site).problems).toEqual(['config.toml:2 config: expected valid TOML, found Invalid TOML document: invalid value']);
  });

  it('reads nothing from a site without configuration, and writes nothing', () => {
    const site = makeContent({ 'content/post/a.md': '---\ntitle: A\n---\n' });
    expect(readHugoConfig(site)).toEqual({ data: {}, files: [], problems: [] });
    expect(fs.readdirSync(site)).toEqual(['content']);
    expect(fs.existsSync(path.join(site, 'config'))).toBe(false);
  });
});

describe('turning it into site.yaml', () => {
  it('says what it could not take, and why', () => {
    const { site, notes } = siteFromHugo({ baseURL: '/relative/', timeZone: 'Europe/Atlantis', paginate: 0, title: '  ' });
    expect(site).toEqual({});
    expect(notes).toEqual([
      'baseURL "/relative/" is not an absolute http(s) address: set url in site.yaml yourself',
      'timeZone "Europe/Atlantis" is not an IANA time zone: the site\'s timezone stays UTC',
    ]);
  });

  it('orders the menu by weight, drops what has no page here, and keeps each destination once', () => {
    const { site, notes } = siteFromHugo({
      menu: {
        main: [
          { name: 'Events', url: '/event/', weight: 30 },
          { name: 'Blog', url: '/post/', weight: 10 },
          { name: 'Posts', url: '#posts', weight: 20 },
          { name: 'Publications', url: '/publication/', weight: 40 },
          { name: 'A post', pageRef: '/post/spring-meetup', weight: 50 },
          { name: '', url: '/tags/' },
        ],
      },
    });
    expect(site.nav).toEqual([{ label: 'Blog', href: '/' }, { label: 'Events', href: '/events' }, { label: 'A post', href: '/posts/spring-meetup' }]);
    expect(notes).toEqual(['menu link "Publications" (/publication/) left out: this blog has no such page']);
  });

  it('maps Hugo Blox menu links to this blog\'s pages', () => {
    expect(['#posts', '/post/', '/authors/', '#people', '/event', '/tag/', '/categories/', '/search/', 'https://x.example.org/', '#contact', '/project/'].map(menuHref)).toEqual([
      '/', '/', '/authors', '/authors', '/events', '/tags', '/categories', '/search', 'https://x.example.org/', undefined, undefined,
    ]);
  });
});
