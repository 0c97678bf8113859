// @vitest-environment happy-dom
import fs from 'node:fs';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Analytics, AnalyticsPixel } from '@/components/Analytics';
import { Comments } from '@/components/Comments';
import { CommentsThread } from '@/components/CommentsThread';
import { FollowLinks } from '@/components/FollowLinks';
import { NewsletterSignup } from '@/components/NewsletterSignup';
import type { SiteConfig } from '@/lib/content';
import type { GiscusSettings, UtterancesSettings } from '@/lib/community/comments';

const GISCUS: GiscusSettings = { provider: 'giscus', repo: 'our-org/blog', repo_id: 'R_1', category: 'Comments', category_id: 'DIC_1', mapping: 'pathname', reactions: true, lang: 'en' };
const UTTERANCES: UtterancesSettings = { provider: 'utterances', repo: 'our-org/blog', issue_term: 'pathname' };

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
});

const dom = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('comments', () => {
  it('without JavaScript are a plain link to the discussion, and the button is hidden (needs-js)', () => {
    const giscus = dom(renderToStaticMarkup(<Comments settings={GISCUS} pathname="/posts/launch" />));
    const link = giscus.querySelector('a')!;
    expect(link.textContent).toBe('Read and join the discussion on GitHub Discussions');
    expect(link.getAttribute('href')).toBe('https://github.com/our-org/blog/discussions?discussions_q=posts%2Flaunch');
    expect(giscus.querySelector('section')!.getAttribute('data-comments-thread')).toBe('giscus');
    expect(giscus.querySelector('.needs-js button')!.textContent).toBe('Show comments');
    expect(giscus.querySelector('script, iframe')).toBeNull();
    const utterances = dom(renderToStaticMarkup(<Comments settings={UTTERANCES} pathname="/posts/launch" />));
    expect(utterances.querySelector('a')!.getAttribute('href')).toBe('https://github.com/our-org/blog/issues?q=is%3Aissue%20posts%2Flaunch');
  });

  it('load the service script only when asked (or scrolled to), in the dark theme when the site is dark', () => {
    const seen: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
    vi.stubGlobal('IntersectionObserver', class {
      constructor(cb: (entries: { isIntersecting: boolean }[]) => void) {
        seen.push(cb);
      }
      observe() {}
      disconnect() {}
    });
    document.documentElement.setAttribute('data-theme', 'dark');
    const { container, getByRole } = render(<CommentsThread settings={GISCUS} />);
    expect(container.querySelector('script')).toBeNull();
    fireEvent.click(getByRole('button', { name: 'Show comments' }));
    const script = container.querySelector('script')!;
    expect(script.getAttribute('src')).toBe('https://giscus.app/client.js');
    expect(script.getAttribute('data-repo-id')).toBe('R_1');
    expect(script.getAttribute('data-theme')).toBe('dark');
    const other = render(<CommentsThread settings={UTTERANCES} />);
    expect(other.container.querySelector('script')).toBeNull();
    act(() => seen.at(-1)!([{ isIntersecting: true }]));
    expect(other.container.querySelector('script')!.getAttribute('src')).toBe('https://utteranc.es/client.js');
    expect(other.container.querySelector('script')!.getAttribute('theme')).toBe('github-dark');
  });
});

describe('the newsletter form', () => {
  it('is a plain POST to the provider, with a labelled email field, autocomplete and the privacy link', () => {
    const cases = [
      [{ provider: 'buttondown', username: 'ourblog' }, 'https://buttondown.com/api/emails/embed-subscribe/ourblog', 'email'],
      [{ provider: 'mailchimp', action: 'https://x.us21.list-manage.com/subscribe/post?u=abc&id=def' }, 'https://x.us21.list-manage.com/subscribe/post?u=abc&id=def', 'EMAIL'],
      [{ provider: 'kit', form_id: '1234567' }, 'https://app.kit.com/forms/1234567/subscriptions', 'email_address'],
      [{ provider: 'listmonk', url: 'https://lists.example.org/', list: '5f1c2e9a-1b2c-4d3e-8f90-123456789abc' }, 'https://lists.example.org/subscription/form', 'email'],
    ] as const;
    for (const [settings, action, field] of cases) {
      const html = dom(renderToStaticMarkup(<NewsletterSignup settings={{ ...settings, privacy_url: '/privacy' }} />));
      const form = html.querySelector('form')!;
      expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['post', action]);
      const input = form.querySelector('input[type="email"]')!;
      expect([input.getAttribute('name'), input.getAttribute('autocomplete'), input.hasAttribute('required')]).toEqual([field, 'email', true]);
      expect(form.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Email address');
      expect(html.querySelector('.newsletter-privacy a')!.getAttribute('href')).toBe('/privacy');
      expect(form.querySelector('button[type="submit"]')!.textContent).toBe('Subscribe');
    }
    const listmonk = dom(renderToStaticMarkup(<NewsletterSignup settings={cases[3][0]} />));
    expect(listmonk.querySelector('input[name="l"]')!.getAttribute('value')).toBe('5f1c2e9a-1b2c-4d3e-8f90-123456789abc');
    expect(listmonk.querySelector('.newsletter-privacy')).toBeNull();
  });

  it('is in the follow links when configured', () => {
    const base = { social: [] } as unknown as SiteConfig;
    const links = (site: SiteConfig) => [...dom(renderToStaticMarkup(<FollowLinks site={site} label="Follow" />)).querySelectorAll('a')].map((a) => a.textContent);
    expect(links(base)).toEqual(['RSS', 'Atom', 'JSON Feed']);
    expect(links({ ...base, newsletter: { provider: 'kit', form_id: '1' } })).toEqual(['RSS', 'Atom', 'JSON Feed', 'Newsletter']);
  });
});

describe('analytics', () => {
  const goat = { provider: 'goatcounter', code: 'ourblog' } as const;

  it('is nothing outside a production build', () => {
    expect(renderToStaticMarkup(<Analytics settings={goat} siteUrl="https://blog.example.org" />)).toBe('');
    expect(renderToStaticMarkup(<AnalyticsPixel site={{ url: 'https://blog.example.org', analytics: goat }} pathname="/posts/a" />)).toBe('');
  });

  it('is the external loader with the provider script in data attributes, and GoatCounter has a no-JavaScript pixel', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const loader = dom(renderToStaticMarkup(<Analytics settings={{ provider: 'plausible', origin: 'https://plausible.io' }} siteUrl="https://blog.example.org" />)).querySelector('script')!;
    expect([loader.getAttribute('src'), loader.getAttribute('data-src'), loader.getAttribute('data-set-domain'), loader.textContent]).toEqual(['/analytics.js', 'https://plausible.io/js/script.js', 'blog.example.org', '']);
    expect(renderToStaticMarkup(<AnalyticsPixel site={{ url: 'https://blog.example.org', analytics: goat }} pathname="/posts/a" />)).toBe(
      '<noscript><img src="https://ourblog.goatcounter.com/count?p=%2Fposts%2Fa" alt="" width="1" height="1" class="analytics-pixel"/></noscript>',
    );
  });

  it("public/analytics.js inserts the provider's script, but not with Do Not Track or Global Privacy Control", () => {
    const code = fs.readFileSync('public/analytics.js', 'utf8');
    const run = (nav: Record<string, unknown>) => {
      document.body.innerHTML = '<script data-src="https://plausible.io/js/script.js" data-set-domain="blog.example.org"></script>';
      const me = document.body.querySelector('script')!;
      const doc = new Proxy(document, { get: (t, k) => (k === 'currentScript' ? me : Reflect.get(t, k, t)) });
      new Function('document', 'navigator', 'window', code)(doc, nav, {});
      return [...document.body.querySelectorAll('script')].slice(1).map((s) => [s.getAttribute('src'), s.getAttribute('data-domain')]);
    };
    expect(run({})).toEqual([['https://plausible.io/js/script.js', 'blog.example.org']]);
    expect(run({ globalPrivacyControl: true })).toEqual([]);
    expect(run({ doNotTrack: '1' })).toEqual([]);
  });
});
