'use client';
import NextLink from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * `next/link` that prefetches on intent (pointer over it, focus, touch) instead of whenever it
 * scrolls into view.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  const wake = () => setIntent(true);
  return (
    <NextLink
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        wake();
        props.onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        wake();
        props.onFocus?.(event);
      }}
      onTouchStart={(event) => {
        wake();
        props.onTouchStart?.(event);
      }}
    />
  );
}
