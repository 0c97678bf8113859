import { analyticsScript, type AnalyticsSettings } from '@/lib/community/analytics';
import { browserUrl } from '@/lib/routes/urls';

/**
 * The analytics loader: an external script (public/analytics.js) that inserts the provider's
 * script unless the visitor sends Do Not Track or Global Privacy Control. Nothing in `npm run
 * dev`. GoatCounter also counts readers without JavaScript with its pixel (<noscript>).
 */
export function Analytics({ settings, siteUrl }: { settings: AnalyticsSettings; siteUrl: string }) {
  if (process.env.NODE_ENV !== 'production') return null;
  const script = analyticsScript(settings, siteUrl);
  const copied = Object.fromEntries(Object.entries(script.attributes).map(([name, value]) => [`data-set-${name.replace(/^data-/, '')}`, value]));
  return <script src={browserUrl('/analytics.js')} async data-src={script.src} {...copied} />;
}

/**
 * GoatCounter's pixel for readers without JavaScript, on post pages and /subscribe (which know
 * their path): the counter needs the path in the URL, and the Referrer-Policy
 * sends other sites only the origin. (It cannot see Do Not Track; see CONTENT.md.)
 */
export function AnalyticsPixel({ site, pathname }: { site: { url: string; analytics?: AnalyticsSettings }; pathname: string }) {
  if (process.env.NODE_ENV !== 'production' || !site.analytics) return null;
  const { pixel } = analyticsScript(site.analytics, site.url);
  if (!pixel) return null;
  return (
    <noscript>
      <img src={`${pixel}?p=${encodeURIComponent(browserUrl(pathname))}`} alt="" width={1} height={1} className="analytics-pixel" />
    </noscript>
  );
}
