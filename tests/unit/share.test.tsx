// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowLinks } from '@/components/FollowLinks';
import { MastodonShare } from '@/components/MastodonShare';
import { ShareLinks } from '@/components/ShareLinks';
import { buildIndex, formatProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { mastodonHost, mastodonShareUrl, shareLinks, sharedPageFromQuery } from '@/lib/publish/share';
import { makeContent } from '../helpers/content';

const PAGE = { url: 'https://blog.example.org/posts/launch', title: 'Launch & welcome' };

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('share links', () => {
  it("fill each network's compose page with the post's title and URL", () => {
    const links = Object.fromEntries(shareLinks(PAGE, '').map((l) => [l.network, l.href]));
    expect(Object.keys(links)).toEqual(['Mastodon', 'Bluesky', 'LinkedIn', 'Email']);
    expect(links.Mastodon).toBe('/share?url=https%3A%2F%2Fblog.example.org%2Fposts%2Flaunch&title=Launch+%26+welcome');
    expect(new URL(links.Bluesky!).searchParams.get('text')).toBe('Launch & welcome https://blog.example.org/posts/launch');
    expect(new URL(links.LinkedIn!).searchParams.get('url')).toBe(PAGE.url);
    expect(links.Email).toBe('mailto:?subject=Launch%20%26%20welcome&body=https%3A%2F%2Fblog.example.org%2Fposts%2Flaunch');
  });

  it('render as plain links that open no window reference, plus a copy button hidden without JavaScript', () => {
    const root = document.createElement('div');
    root.innerHTML = renderToStaticMarkup(<ShareLinks page={PAGE} />);
    expect(root.querySelector('h2')!.textContent).toBe('Share this post');
    const anchors = [...root.querySelectorAll('a')];
    expect(anchors.map((a) => a.textContent)).toEqual(['Mastodon', 'Bluesky', 'LinkedIn', 'Email']);
    expect(anchors.every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    expect(root.querySelector('button')!.closest('.needs-js')).not.toBeNull();
    expect(root.querySelector('script')).toBeNull();
  });

  it('the copy button puts the URL on the clipboard and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { getByRole } = render(<ShareLinks page={PAGE} />);
    await act(async () => {
      fireEvent.click(getByRole('button', { name: 'Copy link' }));
    });
    expect(writeText).toHaveBeenCalledWith(PAGE.url);
    expect(getByRole('status').textContent).toBe('Link copied');
  });
});

describe('sharing on Mastodon', () => {
  it("reads the reader's server from an address, a URL or a handle", () => {
    expect(mastodonHost('mastodon.social')).toBe('mastodon.social');
    expect(mastodonHost(' https://Mastodon.Social/ ')).toBe('mastodon.social');
    expect(mastodonHost('https://social.example.org/@ada')).toBe('social.example.org');
    expect(mastodonHost('@ada@fosstodon.org')).toBe('fosstodon.org');
    expect(mastodonHost('ada@hachyderm.io')).toBe('hachyderm.io');
    for (const bad of ['', 'mastodon', 'javascript:alert(1)', 'a b.org', 'evil.example\\@x', '@ada']) expect(mastodonHost(bad)).toBeUndefined();
  });

  it("sends the reader to their server's share page with the post as the text", () => {
    expect(mastodonShareUrl('fosstodon.org', PAGE)).toBe('https://fosstodon.org/share?text=Launch+%26+welcome+https%3A%2F%2Fblog.example.org%2Fposts%2Flaunch');
  });

  it("shares only this site's pages", () => {
    const origin = 'https://blog.example.org';
    expect(sharedPageFromQuery('?url=https%3A%2F%2Fblog.example.org%2Fposts%2Fx&title=X', origin)).toEqual({ url: 'https://blog.example.org/posts/x', title: 'X' });
    expect(sharedPageFromQuery('?url=https%3A%2F%2Fevil.example%2F&title=X', origin)).toBeUndefined();
    expect(sharedPageFromQuery('?url=javascript%3Aalert(1)', origin)).toBeUndefined();
    expect(sharedPageFromQuery('', origin)).toBeUndefined();
  });

  it('asks for the server, refuses what is not one, remembers it and goes there', async () => {
    window.history.replaceState(null, '', `/share?url=${encodeURIComponent(PAGE.url)}&title=Launch`);
    const assign = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, search: window.location.search, assign } as Location);
    const { getByLabelText, getByRole, findByRole } = render(<MastodonShare origin="https://blog.example.org" />);
    const input = (await waitFor(() => getByLabelText('Your Mastodon server'))) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'not a server' } });
    fireEvent.click(getByRole('button', { name: 'Share on Mastodon' }));
    expect((await findByRole('alert')).textContent).toContain('such as mastodon.social');
    expect(assign).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '@ada@fosstodon.org' } });
    fireEvent.click(getByRole('button', { name: 'Share on Mastodon' }));
    expect(assign).toHaveBeenCalledWith('https://fosstodon.org/share?text=Launch+https%3A%2F%2Fblog.example.org%2Fposts%2Flaunch');
    expect(localStorage.getItem('mastodon-server')).toBe('fosstodon.org');
  });
});

async function waitFor<T>(get: () => T): Promise<T> {
  for (let i = 0; i < 50; i++) {
    try {
      return get();
    } catch {
      await act(async () => {});
    }
  }
  return get();
}

describe('follow links', () => {
  const site = (yaml: string) => {
    const root = makeContent({ 'site.yaml': yaml });
    const index = buildIndex(root, false);
    return { site: index.site, messages: index.problems.map(formatProblem), file: displayPath(`${root}/site.yaml`) };
  };

  it("list the site's three feeds and its profiles (rel=me), or a scope's own feeds", () => {
    const { site: config, messages } = site('social:\n  - { label: Mastodon, url: "https://mastodon.social/@community" }\n  - { label: Email, url: "mailto:hello@example.org" }\n');
    expect(messages).toEqual([]);
    const root = document.createElement('div');
    root.innerHTML = renderToStaticMarkup(<FollowLinks site={config} label="Follow" />);
    expect([...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['RSS', '/feed.xml', null],
      ['Atom', '/atom.xml', null],
      ['JSON Feed', '/feed.json', null],
      ['Mastodon', 'https://mastodon.social/@community', 'me noopener noreferrer'],
      ['Email', 'mailto:hello@example.org', 'me noopener noreferrer'],
    ]);
    root.innerHTML = renderToStaticMarkup(<FollowLinks site={config} scope={{ kind: 'author', slug: 'ada', name: 'Ada' }} label="Follow Ada" />);
    expect(root.querySelector('nav')!.getAttribute('aria-label')).toBe('Follow Ada');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/authors/ada/feed.xml', '/authors/ada/atom.xml', '/authors/ada/feed.json']);
  });

  it('a profile that is not an https:// or mailto: link, or has no label, is an error naming the field', () => {
    const cases: [string, string][] = [
      ['social:\n  - { label: Mastodon, url: "javascript:alert(1)" }\n', 'social.0.url: expected an https:// link or a mailto: address, found "javascript:alert(1)"'],
      ['social:\n  - { label: Site, url: "http://example.org" }\n', 'social.0.url: expected an https:// link or a mailto: address, found "http://example.org"'],
      ['social:\n  - { url: "https://example.org" }\n', 'social.0.label: expected the name the link shows, such as Mastodon, found nothing'],
      ['social: https://mastodon.social/@x\n', 'social: expected a list of profiles such as [{ label: Mastodon, url: https://mastodon.social/@community }], found "https://mastodon.social/@x"'],
    ];
    for (const [yaml, message] of cases) {
      const { messages, file } = site(yaml);
      expect(messages).toEqual([`${file} ${message}`]);
    }
  });
});
