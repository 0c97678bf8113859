import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-muted">404</p>
      <h1 className="mt-2 text-3xl font-bold">This page does not exist</h1>
      <p className="mt-4 text-muted">The link may be old, or the post may have moved.</p>
      <p className="mt-8">
        <Link href="/" className="rounded-full bg-accent px-5 py-2 font-semibold text-accent-fg no-underline">
          Back to all posts
        </Link>
      </p>
    </div>
  );
}
