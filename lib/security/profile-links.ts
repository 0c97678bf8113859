/**
 * Links on an author profile come from content, so only two kinds are kept: https:// pages and
 * mailto: addresses. Anything else (javascript:, http://, a relative path) is dropped with a warning.
 */
import { own } from '../own';
export const PROFILE_LINK_EXPECTED = 'a link starting with https:// or mailto:';

export function isProfileLink(link: string): boolean {
  const trimmed = link.trim();
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(trimmed)) return true;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' && !!url.hostname && trimmed.toLowerCase().startsWith('https://');
  } catch {
    return false;
  }
}

/** Hugo Blox icon names (Font Awesome and Academicons) as words a screen reader can say. */
const LABELS: Record<string, string> = {
  envelope: 'Email',
  'at-symbol': 'Email',
  email: 'Email',
  x: 'X',
  'envelope-open': 'Email',
  'paper-plane': 'Email',
  github: 'GitHub',
  gitlab: 'GitLab',
  linkedin: 'LinkedIn',
  'linkedin-in': 'LinkedIn',
  twitter: 'Twitter',
  'x-twitter': 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
  'google-scholar': 'Google Scholar',
  orcid: 'ORCID',
  researchgate: 'ResearchGate',
  globe: 'Website',
  link: 'Website',
  home: 'Website',
  'graduation-cap': 'Academic profile',
  cv: 'CV',
  'file-pdf': 'CV',
  'stack-overflow': 'Stack Overflow',
  discord: 'Discord',
  telegram: 'Telegram',
  rss: 'Feed',
};

/** "linkedin" → "LinkedIn"; an icon we do not know → its name in words ("my-site" → "My site"). */
export function socialLabel(icon: string): string {
  // "brands/github", "academicons/orcid", "hero/at-symbol" (today's Hugo Blox), "fab-github".
  const key = icon.trim().toLowerCase().replace(/^[a-z]+\//, '').replace(/^fa[bsr]?[-_ ]/, '');
  const label = own(LABELS, key);
  if (label) return label;
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Link';
}

/** A plain address such as ada@example.org (what `email:` on a profile must be to be shown). */
export const isEmailAddress = (s: string): boolean => /^[^\s@:/<>"]+@[^\s@:/<>"]+\.[^\s@:/<>".]+$/.test(s.trim());
