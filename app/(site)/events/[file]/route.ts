import { getAllPosts, getSite } from '@/lib/content';
import { buildCalendar, eventCalendarEntry, ICS_CONTENT_TYPE } from '@/lib/publish/ics';
import { absoluteUrl, calendarFile, postPath } from '@/lib/routes/urls';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';

/** Each event's iCalendar file, written at build time: /events/<slug>.ics. */
export const dynamic = 'force-static';
export const dynamicParams = false;

const eventPosts = () => getAllPosts().filter((post) => post.event);

export function generateStaticParams() {
  return neverEmpty(eventPosts().map((post) => ({ file: calendarFile(post.slug) })), { file: calendarFile(PLACEHOLDER) });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const post = eventPosts().find((p) => calendarFile(p.slug) === file);
  if (!post?.event) return new Response('Not found', { status: 404 });
  const site = getSite();
  const body = buildCalendar({
    productId: `-//${site.title}//Events//${site.language.toUpperCase()}`,
    // When the post last changed, not when the build ran: an unchanged event is an unchanged file.
    stamp: Math.max(post.dateTime, post.lastmodTime ?? 0),
    events: [
      eventCalendarEntry(post.event, { slug: post.slug, url: absoluteUrl(site.url, postPath(post.slug)) }, new URL(site.url).host, site.language),
    ],
  });
  return new Response(body, { headers: { 'Content-Type': ICS_CONTENT_TYPE } });
}
