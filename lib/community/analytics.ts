/**
 * Analytics services, loaded as an external script by public/analytics.js (which first checks
 * Do Not Track and Global Privacy Control in the browser) and never in `npm run dev`. Each says
 * which script to load with which attributes and which origins the CSP gains (script-src for the
 * script, connect-src for what it sends, img-src for GoatCounter's no-JavaScript pixel).
 */

export type AnalyticsSettings =
  | { provider: 'plausible'; domain?: string; origin: string; script?: string }
  | { provider: 'umami'; website_id: string; origin: string; host_url?: string; script?: string }
  | { provider: 'goatcounter'; code?: string; origin?: string; script?: string };

export interface AnalyticsScript {
  src: string;
  /** Attributes of the provider's script (the loader copies them over). */
  attributes: Record<string, string>;
  /** GoatCounter's pixel for readers without JavaScript: the URL without the page path. */
  pixel?: string;
  origins: { 'script-src': string[]; 'connect-src': string[]; 'img-src': string[] };
}

const origin = (url: string) => new URL(url).origin;
const trim = (url: string) => url.replace(/\/+$/, '');

/** The script and its attributes; `siteUrl` gives Plausible its default domain. */
export function analyticsScript(s: AnalyticsSettings, siteUrl: string): AnalyticsScript {
  switch (s.provider) {
    case 'plausible': {
      const src = s.script ?? `${trim(s.origin)}/js/script.js`;
      return { src, attributes: { 'data-domain': s.domain ?? new URL(siteUrl).hostname }, origins: { 'script-src': [origin(src)], 'connect-src': [origin(s.origin)], 'img-src': [] } };
    }
    case 'umami': {
      const src = s.script ?? `${trim(s.origin)}/script.js`;
      const host = s.host_url ?? s.origin;
      return {
        src,
        attributes: { 'data-website-id': s.website_id, ...(s.host_url ? { 'data-host-url': trim(s.host_url) } : {}), 'data-do-not-track': 'true' },
        origins: { 'script-src': [origin(src)], 'connect-src': [origin(host)], 'img-src': [] },
      };
    }
    case 'goatcounter': {
      // Cloud: https://<code>.goatcounter.com with the script from gc.zgo.at; self-hosted: the
      // instance serves both.
      const counter = s.origin ? trim(s.origin) : `https://${s.code}.goatcounter.com`;
      const src = s.script ?? (s.origin ? `${counter}/count.js` : 'https://gc.zgo.at/count.js');
      const count = `${counter}/count`;
      return {
        src,
        attributes: { 'data-goatcounter': count },
        pixel: count,
        origins: { 'script-src': [origin(src)], 'connect-src': [origin(count)], 'img-src': [origin(count)] },
      };
    }
  }
}
