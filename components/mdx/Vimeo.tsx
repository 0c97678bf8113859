import { VideoEmbed } from './VideoEmbed';

export interface VimeoProps {
  id: string;
  title?: string;
}

const VIDEO_ID = /^\d{4,12}$/;

/** A Vimeo video with `dnt=1` (Vimeo then tracks no session data) in a lazy frame, with a link. */
export function Vimeo({ id, title = 'Vimeo video' }: VimeoProps) {
  if (!VIDEO_ID.test(id ?? '')) return null;
  return (
    <VideoEmbed src={`https://player.vimeo.com/video/${id}?dnt=1`} title={title} href={`https://vimeo.com/${id}`} provider="Vimeo" />
  );
}
