import { translator, type Translator } from '@/lib/i18n';

export interface VideoEmbedProps {
  /** Player URL on the provider's privacy-friendly host. */
  src: string;
  title: string;
  /** The video's own page, for the caption link that works without the frame. */
  href: string;
  provider: string;
  tr?: Translator;
}

/** A lazy video frame with a plain link under it: the frame loads only when scrolled into view. */
export function VideoEmbed({ src, title, href, provider, tr = translator('en') }: VideoEmbedProps) {
  return (
    <figure className="video-embed">
      <div className="video-frame">
        <iframe
          src={src}
          title={title}
          loading="lazy"
          allow="accelerometer; encrypted-media; gyroscope; picture-in-picture"
          referrerPolicy="strict-origin-when-cross-origin"
          allowFullScreen
        />
      </div>
      <figcaption>
        <a href={href} rel="noopener noreferrer">
          {tr.t('video.on', { title, provider })}
        </a>
      </figcaption>
    </figure>
  );
}
