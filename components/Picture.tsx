import type { ResponsiveImage } from '@/lib/images/plan';

export interface PictureProps {
  /** The variants; without them the original is shown as it is. */
  responsive?: ResponsiveImage;
  src: string;
  width?: number | string;
  height?: number | string;
  alt: string;
  sizes: string;
  /** The hero: fetched first, never lazily. */
  priority?: boolean;
  /** Above the fold but not the hero (the first cards): not lazy, async decoding. */
  eager?: boolean;
  className?: string;
}

/** A bundle image as a <picture>: AVIF, then WebP, then the original format at each width. */
export function Picture({ responsive, src, width, height, alt, sizes, priority, eager, className }: PictureProps) {
  const loading = priority
    ? { fetchPriority: 'high' as const }
    : { loading: eager ? ('eager' as const) : ('lazy' as const), decoding: 'async' as const };
  if (!responsive) return <img src={src} alt={alt} width={width} height={height} {...loading} className={className} />;
  return (
    <picture>
      {responsive.sources.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={sizes} />
      ))}
      <img
        src={responsive.src}
        srcSet={responsive.srcSet}
        sizes={sizes}
        alt={alt}
        width={width ?? responsive.width}
        height={height ?? responsive.height}
        {...loading}
        className={className}
      />
    </picture>
  );
}
