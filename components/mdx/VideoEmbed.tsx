import { EMBED_MARKER } from '@/lib/embeds';
import { translator, type Translator } from '@/lib/i18n';

export interface VideoEmbedProps {
  /** Player URL on the provider's privacy-friendly host. */
  src: string;
  title: string;
  /** The video's own page, for the caption link that works without the frame. */
  href: string;
  provider: string;
  tr?: Translator;
  /** Another embed than a video (lib/embeds.ts): its name (postbuild reads it), sandbox and permissions. */
  embed?: { name: string; sandbox: string; allow?: string };
}

/** A lazy frame with a plain link under it: the frame loads only when scrolled into view. */
export function VideoEmbed({ src, title, href, provider, tr = translator('en'), embed }: VideoEmbedProps) {
  return (
    <figure className={embed ? `video-embed embed embed-${embed.name}` : 'video-embed'}>
      <div className="video-frame">
        {embed ? (
          <iframe src={src} title={title} loading="lazy" sandbox={embed.sandbox} allow={embed.allow} referrerPolicy="strict-origin-when-cross-origin" {...{ [EMBED_MARKER]: embed.name }} />
        ) : (
          <iframe
            src={src}
            title={title}
            loading="lazy"
            allow="accelerometer; encrypted-media; gyroscope; picture-in-picture"
            referrerPolicy="strict-origin-when-cross-origin"
            allowFullScreen
          />
        )}
      </div>
      <figcaption>
        <a href={href} rel="noopener noreferrer">
          {tr.t('video.on', { title, provider })}
        </a>
      </figcaption>
    </figure>
  );
}
