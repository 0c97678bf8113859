/**
 * The reading position behind components/ReadingPosition.tsx, in its own chunk that only pages
 * with a table of contents download: marks the entry of the section being read
 * (`aria-current="location"`) as the reader scrolls.
 */

/** A heading counts as "being read" once its top is above this share of the viewport. */
const READING_LINE = 0.3;

/** Starts following the scroll; returns the function that stops it. */
export function startReadingPosition(): () => void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a[href^="#"]')];
  const targets = links
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((t): t is { link: HTMLAnchorElement; heading: HTMLElement } => t.heading !== null);
  if (!targets.length) return () => undefined;
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    const line = innerHeight * READING_LINE;
    let reading: HTMLAnchorElement | undefined;
    for (const t of targets) if (t.heading.getBoundingClientRect().top <= line) reading = t.link;
    if (reading === current) return;
    current?.removeAttribute('aria-current');
    reading?.setAttribute('aria-current', 'location');
    current = reading;
  };
  // On scroll, once a frame. (An IntersectionObserver on the reading line misses a jump across it,
  // "back to top" or a link to a section, when no heading is in the band before or after.)
  let frame = 0;
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
  };
  addEventListener('scroll', onScroll, { passive: true });
  addEventListener('resize', onScroll, { passive: true });
  update();
  return () => {
    removeEventListener('scroll', onScroll);
    removeEventListener('resize', onScroll);
    cancelAnimationFrame(frame);
    current?.removeAttribute('aria-current');
  };
}
