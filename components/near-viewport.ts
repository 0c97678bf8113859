/**
 * Runs `run` once, the first time `el` comes within `rootMargin` of the viewport; returns the
 * function that stops waiting (an effect's cleanup). Where the browser has no
 * IntersectionObserver, `run` runs at once. For islands that put off work a reader may never
 * scroll to: the comment thread, the event card's local time.
 */
export function onceNearViewport(el: Element, rootMargin: string, run: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    run();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      run();
    },
    { rootMargin },
  );
  observer.observe(el);
  return () => observer.disconnect();
}
