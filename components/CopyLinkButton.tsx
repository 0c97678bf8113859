'use client';

import { useEffect, useState } from 'react';

/**
 * "Copy link": puts the page's URL on the clipboard and says so to screen readers. Needs
 * JavaScript, so it is hidden without it (`needs-js`, see app/site-ui.css); the other share links
 * are plain links. Disabled until it has hydrated: a click before then would do nothing.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy: select the address bar and copy from there');
    }
  };
  return (
    <span className="needs-js">
      <button type="button" onClick={copy} className="share-link" disabled={!ready}>
        Copy link
      </button>
      <span role="status" className="share-status">
        {status}
      </span>
    </span>
  );
}
