/**
 * Newsletter services: each turns its settings into a plain HTML form (action, the email field's
 * name, hidden fields) that posts straight to the provider's public endpoint, so signup works in
 * a static export and without JavaScript. The CSP's form-action gains exactly `origin(settings)`.
 */

export type NewsletterSettings = { privacy_url?: string; title?: string; description?: string } & (
  | { provider: 'buttondown'; username: string }
  | { provider: 'mailchimp'; action: string }
  | { provider: 'kit'; form_id: string }
  | { provider: 'listmonk'; url: string; list: string }
);

export interface SignupForm {
  action: string;
  /** The name the provider reads the address from. */
  emailField: string;
  hidden: Record<string, string>;
  /** Mailchimp's bot trap: a field people never see and must leave empty. */
  trap?: string;
}

export function signupForm(s: NewsletterSettings): SignupForm {
  switch (s.provider) {
    case 'buttondown':
      return { action: `https://buttondown.com/api/emails/embed-subscribe/${encodeURIComponent(s.username)}`, emailField: 'email', hidden: {} };
    case 'mailchimp': {
      const url = new URL(s.action);
      const u = url.searchParams.get('u') ?? '';
      const id = url.searchParams.get('id') ?? '';
      return { action: url.href, emailField: 'EMAIL', hidden: {}, trap: `b_${u}_${id}` };
    }
    case 'kit':
      return { action: `https://app.kit.com/forms/${encodeURIComponent(s.form_id)}/subscriptions`, emailField: 'email_address', hidden: {} };
    case 'listmonk':
      return { action: `${s.url.replace(/\/+$/, '')}/subscription/form`, emailField: 'email', hidden: { l: s.list } };
  }
}

/** The one origin the form posts to. */
export const newsletterOrigin = (s: NewsletterSettings): string => new URL(signupForm(s).action).origin;
