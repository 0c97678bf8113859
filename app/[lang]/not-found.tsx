/** The 404 of a language's pages, in that language (its layout has set it). */
export { default } from '@/app/(site)/not-found';
