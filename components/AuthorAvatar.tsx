import type { Author } from '@/lib/content';
import { initials } from '@/lib/text';
import { authorAssetUrl } from '@/lib/routes/urls';

export interface AuthorAvatarProps {
  author: Author;
  /** Shown size in CSS pixels (square). */
  size?: number;
  className?: string;
  eager?: boolean;
}

/**
 * The author's avatar.* from their profile folder, or their initials. Always next to the name,
 * so it is decorative to screen readers (empty alt, aria-hidden initials).
 */
export function AuthorAvatar({ author, size = 40, className = '', eager = false }: AuthorAvatarProps) {
  const look = `inline-block shrink-0 rounded-full border border-border bg-surface-2 ${className}`;
  if (author.avatar) {
    return (
      <img
        src={authorAssetUrl(author.id, author.avatar.name)}
        alt=""
        width={size}
        height={size}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        className={`${look} object-cover`}
        style={{ width: size, height: size }}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${look} inline-flex items-center justify-center font-semibold text-muted`}
      style={{ width: size, height: size, fontSize: Math.round(size * 0.38) }}
      data-initials
    >
      {initials(author.name)}
    </span>
  );
}
