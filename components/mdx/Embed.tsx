import { allowedEmbed } from '@/lib/embeds';
import { allowedEmbeds } from '@/lib/routes/page-language';
import { translator, type Translator } from '@/lib/i18n';
import { VideoEmbed } from './VideoEmbed';

export interface EmbedProps {
  src: string;
  title?: string;
  /** The post's interface language (set by lib/mdx, never by an editor); English when not given. */
  tr?: Translator;
}

/**
 * An iframe of a provider the site allows (`embeds:` in content/site.yaml, lib/embeds.ts): what
 * lib/mdx/safety.ts turns such an iframe into. It checks the address again, as an editor may write
 * `<Embed>` in MDX: anything but an allowed provider's URL shape renders nothing.
 */
export function Embed({ src, title, tr = translator('en') }: EmbedProps) {
  const provider = typeof src === 'string' ? allowedEmbed(src, allowedEmbeds()) : undefined;
  if (!provider) return null;
  const url = new URL(src.trim()).href;
  return (
    <VideoEmbed
      src={url}
      title={title?.trim() || provider.label}
      href={url}
      provider={provider.label}
      tr={tr}
      embed={{ name: provider.name, sandbox: provider.sandbox.join(' '), allow: provider.allow }}
    />
  );
}
