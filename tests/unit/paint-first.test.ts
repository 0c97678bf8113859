import { describe, expect, it } from 'vitest';
import { chunkFileName, loaderScript, pageChunkSrcs, paintFirst } from '@/lib/build/paint-first';

const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/blog/_next/static/chunks/site.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/blog/_next/static/chunks/late.js"/>' +
  '<link rel="preload" href="/blog/katex/katex.min.css" as="style"/>' +
  '<link rel="preload" href="/blog/authors/ada/avatar.png" as="image"/>' +
  '<script src="/blog/_next/static/chunks/react.js" async=""></script>' +
  '<script src="/blog/_next/static/chunks/turbopack-1.js" async=""></script>' +
  '<script src="/blog/theme.js"></script>' +
  '<script src="/blog/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<script src="/blog/_next/static/chunks/late.js" async=""></script>' +
  '<script type="application/ld+json">{"@type":"BlogPosting"}</script>' +
  '</head><body><main>Post</main><script>self.__next_f.push([1,"x"])</script></body></html>';

const SRCS = ['/blog/_next/static/chunks/react.js', '/blog/_next/static/chunks/turbopack-1.js', '/blog/_next/static/chunks/late.js'];

describe('pages paint before their scripts are fetched', () => {
  it("moves Next's chunk scripts and their preload hints into one loader at the end of <body>, and nothing else", () => {
    const html = paintFirst(PAGE);
    expect(html).not.toMatch(/<script src="[^"]*(react|turbopack-1|late)\.js"/);
    expect(html).not.toContain('rel="preload" as="script"');
    // What the page needs before it paints, or never runs, or is data, stays where it was.
    for (const kept of ['href="/blog/_next/static/chunks/site.css"', 'href="/blog/katex/katex.min.css" as="style"', 'avatar.png" as="image"', '<script src="/blog/theme.js"></script>', 'polyfills.js" noModule=""', 'application/ld+json', 'self.__next_f.push']) {
      expect(html).toContain(kept);
    }
    expect(html.endsWith(`<script>${loaderScript(SRCS)}</script></body></html>`)).toBe(true);
    expect(pageChunkSrcs(html)).toEqual(SRCS);
    expect(pageChunkSrcs(PAGE)).toEqual(SRCS);
  });

  it('leaves a page alone the second time, and a page without chunk scripts', () => {
    const once = paintFirst(PAGE);
    expect(paintFirst(once)).toBe(once);
    const plain = '<html><head></head><body><p>hi</p></body></html>';
    expect(paintFirst(plain)).toBe(plain);
  });

  it('names a chunk by its file, under any base path, and nothing else', () => {
    expect(chunkFileName('/blog/_next/static/chunks/turbopack-1.js?v=2')).toBe('turbopack-1.js');
    expect(chunkFileName('/blog/theme.js')).toBeUndefined();
  });

  it('writes a list that cannot end its script element', () => {
    expect(loaderScript(['/_next/static/chunks/a</script>.js'])).not.toContain('</script>');
  });

  /** The loader run against a browser of our own: its paints, frames and timers are ours to advance. */
  function browserFor({ hidden = false, paintTiming = true as boolean | 'unlisted' } = {}) {
    const added: { src?: string; async?: boolean }[] = [];
    const frames: (() => void)[] = [];
    const timers: { at: number; fn: () => void }[] = [];
    const observers: { cb: (list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect: () => void }) => void; live: boolean }[] = [];
    let now = 0;
    const painted: string[] = [];
    type Click = (e: { target: { closest?: (selector: string) => unknown } }) => void;
    const clickListeners: Click[] = [];
    const document: Record<string, unknown> = {
      hidden,
      createElement: () => ({}),
      head: { appendChild: (s: { src?: string; async?: boolean }) => added.push(s) },
      addEventListener: (type: string, fn: Click, capture: boolean) => type === 'click' && capture && clickListeners.push(fn),
      removeEventListener: (type: string, fn: Click) => type === 'click' && clickListeners.includes(fn) && clickListeners.splice(clickListeners.indexOf(fn), 1),
    };
    const window: { __earlyClicks?: unknown[] | null } = {};
    class PerformanceObserver {
      static supportedEntryTypes = paintTiming === 'unlisted' ? ['navigation', 'resource'] : ['navigation', 'paint', 'resource'];
      private entry: (typeof observers)[number];
      constructor(cb: (typeof observers)[number]['cb']) {
        if (!paintTiming) throw new TypeError('paint is not a supported entry type');
        this.entry = { cb, live: false };
        observers.push(this.entry);
      }
      observe(options: { type: string; buffered: boolean }) {
        if (options.type !== 'paint') return;
        this.entry.live = true;
        // Buffered: a paint that happened before the loader ran is reported too.
        if (options.buffered && painted.length) this.report(painted);
      }
      report(names: string[]) {
        this.entry.cb({ getEntriesByName: (n) => names.filter((x) => x === n) }, { disconnect: () => (this.entry.live = false) });
      }
    }
    const run = (srcs: string[]) =>
      new Function('document', 'window', 'requestAnimationFrame', 'setTimeout', 'PerformanceObserver', loaderScript(srcs))(
        document,
        window,
        (fn: () => void) => frames.push(fn),
        (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
        PerformanceObserver,
      );
    const advance = (ms: number) => {
      now += ms;
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    };
    const paint = (name: string) => {
      painted.push(name);
      for (const o of observers.filter((o) => o.live)) o.cb({ getEntriesByName: (n) => (n === name ? [name] : []) }, { disconnect: () => (o.live = false) });
    };
    const frame = () => frames.splice(0).forEach((fn) => fn());
    /** A click whose target is inside `button` (a `<button type="button">`), or inside no such button. */
    const click = (button: object | null) => [...clickListeners].forEach((fn) => fn({ target: { closest: (selector) => (selector === 'button[type="button"]' ? button : null) } }));
    return {
      run,
      advance,
      paint,
      frame,
      click,
      document,
      window,
      clickListeners: () => clickListeners.length,
      observing: () => observers.filter((o) => o.live).length,
      added: () => added.map((s) => [s.src, s.async]),
    };
  }

  it('adds the scripts once the first contentful paint is reported, once', () => {
    const b = browserFor();
    b.run(SRCS);
    expect(b.observing()).toBe(1);
    b.paint('first-paint');
    expect(b.added()).toEqual([]);
    b.paint('first-contentful-paint');
    expect(b.added()).toEqual(SRCS.map((src) => [src, true]));
    expect(b.observing()).toBe(0);
    b.advance(2000);
    expect(b.added()).toHaveLength(3);
  });

  it('counts a paint that came before the loader ran', () => {
    const b = browserFor();
    b.paint('first-contentful-paint');
    b.run(SRCS);
    expect(b.added()).toHaveLength(3);
  });

  it('without paint timing (no observer, or no "paint" entries): in the task after the next frame', () => {
    for (const paintTiming of [false, 'unlisted'] as const) {
      const b = browserFor({ paintTiming });
      b.run(SRCS);
      expect(b.observing()).toBe(0);
      b.frame();
      // The frame's callback runs before it paints: the scripts come in the task after it.
      expect(b.added()).toEqual([]);
      b.advance(0);
      expect(b.added()).toEqual(SRCS.map((src) => [src, true]));
    }
  });

  it('notes the buttons pressed before React listens, for ReplayEarlyClicks to press again, and stops once it listens', () => {
    const b = browserFor();
    b.run(SRCS);
    const toggle = { name: 'theme toggle' };
    b.click(toggle);
    b.click(null); // a link, or text: it works without JavaScript
    b.click(toggle);
    expect(b.window.__earlyClicks).toEqual([toggle, toggle]);
    // React marks the document when it starts listening (hydrateRoot); from then on it queues presses itself.
    b.document[`_reactListening${Math.random().toString(36).slice(2)}`] = true;
    b.click(toggle);
    expect(b.window.__earlyClicks).toEqual([toggle, toggle]);
    expect(b.clickListeners()).toBe(0);

    // Replayed (the list taken): the next press removes the listener too.
    const replayed = browserFor();
    replayed.run(SRCS);
    replayed.window.__earlyClicks = null;
    replayed.click(toggle);
    expect(replayed.clickListeners()).toBe(0);
  });

  it('after 1.5 s when nothing paints, and at once in a tab in the background', () => {
    const nothing = browserFor();
    nothing.run(SRCS);
    nothing.advance(1499);
    expect(nothing.added()).toEqual([]);
    nothing.advance(1);
    expect(nothing.added()).toHaveLength(3);
    const background = browserFor({ hidden: true });
    background.run(SRCS);
    expect(background.added()).toEqual(SRCS.map((src) => [src, true]));
  });
});
