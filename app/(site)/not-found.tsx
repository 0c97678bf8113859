import Link from '@/components/Link';
import { siteTranslator } from '@/app/_routes/i18n';
import { homePath } from '@/lib/routes/urls';

export default function NotFound() {
  const tr = siteTranslator();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-muted">404</p>
      <h1 className="mt-2 text-3xl font-bold">{tr.t('notFound.title')}</h1>
      <p className="mt-4 text-muted">{tr.t('notFound.body')}</p>
      <p className="mt-8">
        <Link href={homePath()} className="rounded-full bg-accent px-5 py-2 font-semibold text-accent-fg no-underline">
          {tr.t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}
