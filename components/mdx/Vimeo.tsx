import { translator, type Translator } from '@/lib/i18n';
import { VideoEmbed } from './VideoEmbed';

export interface VimeoProps {
  id: string;
  title?: string;
  /** The post's interface language (set by lib/mdx, never by an editor); English when not given. */
  tr?: Translator;
}

const VIDEO_ID = /^\d{4,12}$/;

/** A Vimeo video with `dnt=1` (Vimeo then tracks no session data) in a lazy frame, with a link. */
export function Vimeo({ id, title, tr = translator('en') }: VimeoProps) {
  if (!VIDEO_ID.test(id ?? '')) return null;
  return (
    <VideoEmbed src={`https://player.vimeo.com/video/${id}?dnt=1`} title={title ?? tr.t('video.vimeo')} href={`https://vimeo.com/${id}`} provider="Vimeo" tr={tr} />
  );
}
