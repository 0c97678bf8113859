import { InlineMarkdown } from '@/components/InlineMarkdown';
import { Picture } from '@/components/Picture';
import type { ResponsiveImage } from '@/lib/images/plan';
import { browserUrl } from '@/lib/routes/urls';
import { plainText } from '@/lib/text';

export interface FigureProps {
  src: string;
  alt?: string;
  /** Hugo's `title`: a heading over the caption. */
  title?: string;
  caption?: string;
  /** Hugo's `attr` and `attrlink`: who made the image. */
  attribution?: string;
  attributionLink?: string;
  /** Hugo's `link`: where a click on the image goes (checked to be no script URL before it gets here). */
  link?: string;
  className?: string;
  width?: string | number;
  height?: string | number;
  /** The sizes the build made of a bundle image (JSON, set by lib/mdx/plugins.ts, never by an editor). */
  responsive?: string;
}

function parseResponsive(json: string | undefined): (ResponsiveImage & { sizes: string }) | undefined {
  if (!json) return undefined;
  try {
    const parsed = JSON.parse(json) as ResponsiveImage & { sizes: string };
    // Only the site's own variant folders (an editor's own `responsive` prop is ignored).
    return parsed.src.startsWith(browserUrl('/posts/')) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** An image with a caption. Relative `src` is rewritten to the bundle's URL before it gets here. */
export function Figure({ src, alt, title, caption, attribution, attributionLink, link, className, width, height, responsive }: FigureProps) {
  const sized = parseResponsive(responsive);
  const img = (
    <Picture
      responsive={sized}
      src={src}
      alt={alt ?? plainText(caption ?? title ?? '')}
      width={width}
      height={height}
      sizes={sized?.sizes ?? ''}
    />
  );
  const credit = attribution ? (attributionLink ? <a href={attributionLink}>{attribution}</a> : attribution) : null;
  return (
    <figure className={className ? `post-figure ${className}` : 'post-figure'}>
      {link ? <a href={link}>{img}</a> : img}
      {title || caption || credit ? (
        <figcaption>
          {title ? <strong className="block">{title}</strong> : null}
          {caption ? <InlineMarkdown text={caption} /> : null}
          {credit ? <> {credit}</> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
