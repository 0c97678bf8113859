'use client';

import { useEffect, useRef, useState } from 'react';
import { commentService, type CommentsSettings } from '@/lib/community/comments';
import { say, type Labels } from '@/lib/message-format';
import { onceNearViewport } from './near-viewport';
import { shownTheme, watchShownTheme } from './shown-theme';


/**
 * Loads the comment service's external script (never an inline snippet) when the reader presses
 * the button or scrolls the thread near the viewport; nothing is requested before. Once loaded,
 * the thread follows the site's theme (the toggle and the system setting). Hidden without
 * JavaScript (`needs-js`): the link above it is the fallback.
 */
/**
 * Whether this document's own policy admits the service. A page reached by client-side navigation
 * keeps the policy of the page the reader opened first, which admits the service only if that page
 * showed comments too (scripts/postbuild.ts); then the thread needs a real page load.
 */
const documentAllows = (origin: string) =>
  [...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')].every((m) => m.content.includes(origin));

export function CommentsThreadIsland({ settings, labels }: { settings: CommentsSettings; labels: Labels<'show' | 'failed'> }) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'waiting' | 'loading' | 'failed'>('waiting');

  const ask = () => {
    if (documentAllows(commentService(settings).frameOrigin)) setState('loading');
    else {
      // A fresh load of this page brings its own policy; the fragment brings the reader back here.
      history.replaceState(history.state, '', `${location.pathname}${location.search}#comments-heading`);
      location.reload();
    }
  };

  useEffect(() => {
    const el = box.current;
    if (!el || state !== 'waiting' || !documentAllows(commentService(settings).frameOrigin)) return;
    return onceNearViewport(el, '200px 0px', () => setState('loading'));
  }, [state, settings]);

  useEffect(() => {
    const el = box.current;
    if (!el || state !== 'loading' || el.querySelector('script')) return;
    const service = commentService(settings);
    const script = document.createElement('script');
    script.src = service.script;
    script.async = true;
    for (const [name, value] of Object.entries(service.attributes(settings, shownTheme()))) script.setAttribute(name, value);
    script.addEventListener('error', () => setState('failed'));
    el.append(script);
    const retheme = () => {
      const frame = el.querySelector('iframe');
      frame?.contentWindow?.postMessage(service.themeMessage(shownTheme()), service.frameOrigin);
    };
    return watchShownTheme(retheme);
  }, [state, settings]);

  return (
    <div className="comments-thread needs-js">
      {state === 'waiting' ? (
        <button type="button" className="share-link" onClick={ask}>
          {say(labels, 'show')}
        </button>
      ) : null}
      {state === 'failed' ? <p role="status">{say(labels, 'failed')}</p> : null}
      <div ref={box} className="comments-frame" />
    </div>
  );
}
