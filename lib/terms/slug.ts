/**
 * One slug rule, GitHub's (the one rehype-slug gives headings): heading ids, section ids, and the
 * slug a post's file or folder name gives it (so a Hugo `ref` to that file finds the same post).
 */
import { slug } from 'github-slugger';

export const slugify = (text: string): string => slug(text);
