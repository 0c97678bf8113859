import { CommentsThreadIsland } from '@/components/CommentsThreadIsland';
import type { CommentsSettings } from '@/lib/community/comments';
import { translator, type Translator } from '@/lib/i18n';

/** The comment thread's island (CommentsThreadIsland.tsx) with its words in the page's language. */
export function CommentsThread({ settings, tr = translator('en') }: { settings: CommentsSettings; tr?: Translator }) {
  return <CommentsThreadIsland settings={settings} labels={tr.labels({ show: 'comments.show', failed: 'comments.failed' })} />;
}
