import { translator, type Translator } from '@/lib/i18n';
import { VideoEmbed } from './VideoEmbed';

export interface YouTubeProps {
  id: string;
  title?: string;
  /** The post's interface language (set by lib/mdx, never by an editor); English when not given. */
  tr?: Translator;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;

/**
 * A privacy-friendly embed: youtube-nocookie.com sets no cookies until the visitor plays, and the
 * frame is lazy, so nothing loads until it scrolls into view. A plain link works everywhere.
 */
export function YouTube({ id, title, tr = translator('en') }: YouTubeProps) {
  if (!VIDEO_ID.test(id ?? '')) return null;
  return (
    <VideoEmbed
      src={`https://www.youtube-nocookie.com/embed/${id}`}
      title={title ?? tr.t('video.youtube')}
      href={`https://www.youtube.com/watch?v=${id}`}
      provider="YouTube"
      tr={tr}
    />
  );
}
