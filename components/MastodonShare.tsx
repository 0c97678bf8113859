import { translator, type Translator } from '@/lib/i18n';
import { mastodonLabels } from './island-labels';
import { MastodonShareIsland } from './MastodonShareIsland';

/** The /share page's form (MastodonShareIsland.tsx) with its words in the page's language. */
export function MastodonShare({ origin, tr = translator('en') }: { origin: string; tr?: Translator }) {
  return <MastodonShareIsland origin={origin} labels={mastodonLabels(tr)} />;
}
