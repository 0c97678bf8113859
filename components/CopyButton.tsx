'use client';
/**
 * "Copy" on a code block. Rendered only once JavaScript runs and the clipboard is there, so a
 * visitor without either sees no button that does nothing. Copies the code as text, without the
 * line numbers.
 */
import { useEffect, useRef, useState } from 'react';
import { say, type Labels } from '@/lib/message-format';

export function CopyButton({ labels }: { labels: Labels<'copy' | 'copied'> }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => setReady(typeof navigator.clipboard?.writeText === 'function'), []);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(t);
  }, [copied]);
  if (!ready) return null;
  const copy = async () => {
    const code = ref.current?.parentElement?.querySelector('pre code');
    if (!code) return;
    const clone = code.cloneNode(true) as Element;
    for (const n of clone.querySelectorAll('.line-number')) n.remove();
    try {
      await navigator.clipboard.writeText(clone.textContent ?? '');
      setCopied(true);
    } catch {
      // Permission refused: nothing to undo.
    }
  };
  return (
    <button ref={ref} type="button" className="copy-button" onClick={copy} aria-live="polite">
      {say(labels, copied ? 'copied' : 'copy')}
    </button>
  );
}
