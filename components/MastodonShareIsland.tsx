'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { say, type Labels } from '@/lib/message-format';
import { mastodonHost, mastodonShareUrl, sharedPageFromQuery, type SharedPage } from '@/lib/publish/share';
import { rich } from './rich';

const STORAGE_KEY = 'mastodon-server';

export type MastodonLabel = 'nothing' | 'invalid' | 'sharing' | 'server' | 'submit';

/**
 * Asks for the reader's Mastodon server and sends them to its share page with the post filled in.
 * The post comes from the query (`?url=…&title=…`), and only a page of this site (`origin`) is
 * accepted. The server is remembered in this browser only.
 */
export function MastodonShareIsland({ origin, labels }: { origin: string; labels: Labels<MastodonLabel> }) {
  const [page, setPage] = useState<SharedPage | undefined>();
  const [ready, setReady] = useState(false);
  const [server, setServer] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    setPage(sharedPageFromQuery(window.location.search, origin));
    try {
      setServer(localStorage.getItem(STORAGE_KEY) ?? '');
    } catch {
      // Storage blocked: the reader types their server each time.
    }
    setReady(true);
  }, [origin]);

  if (!ready) return null;
  if (!page) return <p>{say(labels, 'nothing')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const host = mastodonHost(server);
    if (!host) {
      setError(say(labels, 'invalid'));
      return;
    }
    try {
      localStorage.setItem(STORAGE_KEY, host);
    } catch {
      // Not remembered; sharing still works.
    }
    window.location.assign(mastodonShareUrl(host, page));
  };

  return (
    <form onSubmit={submit} noValidate data-site-form="mastodon-share" className="grid max-w-md gap-3">
      <p>{rich(say(labels, 'sharing'), { title: <strong>{page.title || page.url}</strong> }, labels.dir)}</p>
      <label htmlFor="mastodon-server" className="font-semibold">
        {say(labels, 'server')}
      </label>
      <input
        id="mastodon-server"
        name="server"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="mastodon.social"
        value={server}
        onChange={(e) => setServer(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'mastodon-error' : undefined}
        className="rounded-lg border border-border bg-surface px-3 py-2 text-fg"
      />
      {error ? (
        <p id="mastodon-error" role="alert" className="text-sm">
          {error}
        </p>
      ) : null}
      <button type="submit" className="share-link justify-self-start">
        {say(labels, 'submit')}
      </button>
    </form>
  );
}
