import { feedResponse } from '@/app/_routes/feeds';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse('json');
}
