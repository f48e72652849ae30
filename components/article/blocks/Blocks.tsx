import { useTranslations } from 'next-intl';
import type { BlockOf } from '@/lib/content/blocks';
import { EMBED_PROVIDERS, embedProviderFor } from '@/lib/content/blocks';
import type { AvItem, MediaItem } from '@/lib/content/reader';
import { Picture } from '@/components/media/Picture';
import { QuoteMark } from '@/components/ui/ChromeIcons';
import { InlineText } from './InlineText';

export interface BlockContext {
  media: Record<number, MediaItem>;
  /** Video, audio and file items by id. */
  av?: Record<number, AvItem>;
  /** A staff preview: media that readers would not see yet is shown as a note instead. */
  preview?: boolean;
  /** A gallery block's first picture address (`#img-N`): galleries number on from the ones before. */
  galleryFirstNumber?: number;
}

export function ParagraphBlock({ block }: { block: BlockOf<'paragraph'> }) {
  return (
    <p>
      <InlineText content={block.content} />
    </p>
  );
}

export function HeadingBlock({ block }: { block: BlockOf<'heading'> }) {
  const Tag = block.level === 2 ? 'h2' : 'h3';
  return <Tag>{block.text}</Tag>;
}

/** Quotation marks staff typed around the whole quote; the component draws its own. */
const WRAPPING_QUOTES = /^\s*["“”„«»']([\s\S]*)["“”«»']\s*$/;

/**
 * A quote as a pull quote (the Guardian's): a big opening mark, the words in the headline face
 * between curly quotation marks the page draws (staff type only the words), the attribution.
 */
export function QuoteBlock({ block }: { block: BlockOf<'quote'> }) {
  const words = WRAPPING_QUOTES.exec(block.text)?.[1]?.trim() || block.text;
  return (
    <figure className="quote">
      <QuoteMark className="quote__mark" />
      <blockquote>
        <p>{`“${words}”`}</p>
      </blockquote>
      {block.attribution ? <figcaption>{block.attribution}</figcaption> : null}
    </figure>
  );
}

export function ImageBlock({ block, context }: { block: BlockOf<'image'>; context: BlockContext }) {
  const image = context.media[block.mediaId];
  if (!image) return null;
  const caption = block.caption ?? image.caption;
  const credit = block.credit ?? image.credit;
  return (
    <figure className="inline-figure">
      <Picture image={image} alt={block.alt ?? image.alt} role="inline" />
      {caption || credit ? (
        <figcaption>
          {caption}
          {credit ? <span className="credit"> {credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

export function ListBlock({ block }: { block: BlockOf<'list'> }) {
  const Tag = block.ordered ? 'ol' : 'ul';
  return (
    <Tag>
      {block.items.map((item, i) => (
        <li key={i}>
          <InlineText content={item} />
        </li>
      ))}
    </Tag>
  );
}

/**
 * Embeds render as a link card, not the provider's script: no third-party JavaScript or
 * cookies on our pages, and it works with JavaScript off.
 */
export function EmbedBlock({ block }: { block: BlockOf<'embed'> }) {
  const t = useTranslations('Article');
  const provider = EMBED_PROVIDERS[block.provider];
  // Stored bodies are validated on read; this keeps a block that skipped it off the page too.
  if (!provider || embedProviderFor(block.url) !== block.provider) return null;
  return (
    <aside className="embed" aria-label={t('embedded', { provider: provider.name })}>
      <p className="embed-provider">{provider.name}</p>
      <p>
        <a href={block.url} rel="noopener noreferrer">
          {block.title || t('viewOn', { provider: provider.name })}
        </a>
      </p>
    </aside>
  );
}
