import { VideoEmbed } from './VideoEmbed';

export interface YouTubeProps {
  id: string;
  title?: string;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;

/**
 * A privacy-friendly embed: youtube-nocookie.com sets no cookies until the visitor plays, and the
 * frame is lazy, so nothing loads until it scrolls into view. A plain link works everywhere.
 */
export function YouTube({ id, title = 'YouTube video' }: YouTubeProps) {
  if (!VIDEO_ID.test(id ?? '')) return null;
  return (
    <VideoEmbed
      src={`https://www.youtube-nocookie.com/embed/${id}`}
      title={title}
      href={`https://www.youtube.com/watch?v=${id}`}
      provider="YouTube"
    />
  );
}
