export interface FigureProps {
  src: string;
  alt?: string;
  caption?: string;
  width?: string | number;
  height?: string | number;
}

/** An image with a caption. Relative `src` is rewritten to the bundle's URL before it gets here. */
export function Figure({ src, alt, caption, width, height }: FigureProps) {
  return (
    <figure className="post-figure">
      <img src={src} alt={alt ?? caption ?? ''} width={width} height={height} loading="lazy" decoding="async" />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
