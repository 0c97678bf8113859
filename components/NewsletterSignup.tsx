import { signupForm, type NewsletterSettings } from '@/lib/community/newsletter';
import { translator, type Translator } from '@/lib/i18n';
import { browserUrl, pagePath } from '@/lib/routes/urls';

/**
 * The newsletter signup: a plain form that posts to the provider's public endpoint, so it works
 * in a static export and without JavaScript (the provider answers with its own confirmation
 * page). `data-site-form` marks it as the site's own (the attack suite checks forms).
 */
export function NewsletterSignup({ settings, headingLevel = 2, tr = translator('en') }: { settings: NewsletterSettings; headingLevel?: 1 | 2; tr?: Translator }) {
  const form = signupForm(settings);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const privacy = settings.privacy_url?.startsWith('/') ? browserUrl(pagePath(settings.privacy_url)) : settings.privacy_url;
  return (
    <section aria-labelledby="newsletter-heading" className="newsletter share" data-pagefind-ignore>
      <Heading id="newsletter-heading" className={headingLevel === 1 ? 'text-3xl font-bold' : 'share-heading'}>
        {settings.title ?? tr.t('newsletter.title')}
      </Heading>
      <p className="newsletter-description">{settings.description ?? tr.t('newsletter.description')}</p>
      <form method="post" action={form.action} className="newsletter-form" data-site-form="">
        <label htmlFor="newsletter-email">{tr.t('newsletter.email')}</label>
        <input id="newsletter-email" type="email" name={form.emailField} autoComplete="email" required className="newsletter-input" />
        {Object.entries(form.hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {form.trap ? (
          <div aria-hidden="true" className="newsletter-trap">
            <input type="text" name={form.trap} tabIndex={-1} defaultValue="" autoComplete="off" />
          </div>
        ) : null}
        <button type="submit" className="share-link">
          {tr.t('newsletter.subscribe')}
        </button>
      </form>
      {privacy ? (
        <p className="newsletter-privacy">
          <a href={privacy}>{tr.t('newsletter.privacy')}</a>
        </p>
      ) : null}
    </section>
  );
}
