import { Fragment, type ReactNode } from 'react';
import { templateParts } from '@/lib/message-format';

/**
 * A translated message whose placeholders are markup ("By {authors}", "Part 2 of 3 in the series
 * {name}"): each `{name}` is replaced by `values.name`. Give it the message with only its numbers
 * filled in (`tr.t(key, { n })`), so no text from content is read as a placeholder.
 */
export function rich(template: string, values: Record<string, ReactNode>, dir: 'ltr' | 'rtl' = 'ltr'): ReactNode {
  return templateParts(template).map((part, i) => {
    if (typeof part === 'string') return <Fragment key={i}>{part}</Fragment>;
    const value = values[part.name] ?? `{${part.name}}`;
    // In a right-to-left page an English name or title keeps its own direction (see formatMessage).
    return dir === 'rtl' ? <bdi key={i}>{value}</bdi> : <Fragment key={i}>{value}</Fragment>;
  });
}
