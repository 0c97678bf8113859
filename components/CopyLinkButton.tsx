'use client';

import { useEffect, useState } from 'react';
import { say, type Labels } from '@/lib/message-format';

/**
 * "Copy link": puts the page's URL on the clipboard and says so to screen readers. Needs
 * JavaScript, so it is hidden without it (`needs-js`, see app/site-ui.css); the other share links
 * are plain links. Disabled until it has hydrated: a click before then would do nothing.
 */
export function CopyLinkButton({ url, labels }: { url: string; labels: Labels<'copy' | 'copied' | 'failed'> }) {
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(say(labels, 'copied'));
    } catch {
      setStatus(say(labels, 'failed'));
    }
  };
  return (
    <span className="needs-js">
      <button type="button" onClick={copy} className="share-link" disabled={!ready}>
        {say(labels, 'copy')}
      </button>
      <span role="status" className="share-status">
        {status}
      </span>
    </span>
  );
}
