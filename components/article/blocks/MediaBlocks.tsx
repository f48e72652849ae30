/**
 * The media blocks of a body (issue 18): video, audio, galleries and downloads. Each resolves its
 * library item from the page's data and hands it to the player or gallery component. An item that
 * is gone, of another kind or not playable yet renders nothing for readers (and is logged); in a
 * staff preview it is a visible "Processing…" note, so the editor sees what is missing.
 */
import { avUrl } from '@/lib/av/storage';
import type { BlockOf } from '@/lib/content/blocks';
import type { AvItem, GalleryItem, MediaItem } from '@/lib/content/reader';
import { FileIcon } from '@/components/icons/Icons';
import { AudioPlayer } from '@/components/media/AudioPlayer';
import { Gallery, type GalleryPicture } from '@/components/media/Gallery';
import { formatBytes } from '@/lib/format';
import { VideoPlayer } from '@/components/media/VideoPlayer';
import type { BlockContext } from './Blocks';

const KIND_LABEL = { video: 'Video', audio: 'Audio', file: 'File' } as const;

/** A gallery's pictures as the gallery shows them: the block's alt, caption and credit, else the library's; missing pictures left out. */
export function galleryPictures(items: GalleryItem[], media: Record<number, MediaItem>): GalleryPicture[] {
  return items.flatMap((item) => {
    const image = media[item.mediaId];
    if (!image) return [];
    return [
      {
        image,
        alt: item.alt ?? image.alt,
        caption: item.caption ?? image.caption,
        credit: item.credit ?? image.credit,
      },
    ];
  });
}

/**
 * The item a video, audio or file block names when readers can have it; otherwise null, with a
 * log line, and the reason for a staff preview.
 */
function usableItem(
  kind: 'video' | 'audio' | 'file',
  mediaId: number,
  context: BlockContext,
): { item: AvItem; problem: null } | { item: null; problem: string } {
  const item = context.av?.[mediaId];
  let problem: string | null = null;
  if (!item || item.kind !== kind) problem = `${KIND_LABEL[kind]} #${mediaId} is not in the library.`;
  else if (item.status === 'processing')
    problem = `Processing… ${KIND_LABEL[kind]} “${item.title || item.originalName}” is not ready yet.`;
  else if (item.status === 'failed')
    problem = `${KIND_LABEL[kind]} “${item.title || item.originalName}” failed: ${item.error || 'processing did not finish'}.`;
  if (problem === null) return { item: item!, problem: null };
  if (!context.preview) console.warn(`ArticleBody: ${kind} block not shown: ${problem}`);
  return { item: null, problem };
}

/** What a staff preview shows where a reader would see nothing. */
export function MediaNotReady({ message }: { message: string }) {
  return (
    <p
      role="note"
      className="media-not-ready my-6 rounded border border-dashed border-line bg-surface p-4 font-semibold"
    >
      {message}
    </p>
  );
}

export function VideoBlock({ block, context }: { block: BlockOf<'video'>; context: BlockContext }) {
  const { item, problem } = usableItem('video', block.mediaId, context);
  if (!item) return context.preview ? <MediaNotReady message={problem} /> : null;
  return <VideoPlayer video={item} caption={block.caption} />;
}

export function AudioBlock({ block, context }: { block: BlockOf<'audio'>; context: BlockContext }) {
  const { item, problem } = usableItem('audio', block.mediaId, context);
  if (!item) return context.preview ? <MediaNotReady message={problem} /> : null;
  return <AudioPlayer audio={item} caption={block.caption} />;
}

export function GalleryBlock({ block, context }: { block: BlockOf<'gallery'>; context: BlockContext }) {
  const pictures = galleryPictures(block.items, context.media);
  if (!pictures.length) return null;
  return <Gallery pictures={pictures} title={block.title} firstNumber={context.galleryFirstNumber ?? 1} />;
}

/** What readers are told a document is, by its stored type. */
const DOCUMENT_KINDS: [RegExp, string][] = [
  [/^application\/pdf/, 'PDF document'],
  [/wordprocessingml|^application\/msword/, 'Word document'],
  [/spreadsheetml|^application\/vnd\.ms-excel/, 'Excel spreadsheet'],
  [/presentationml|^application\/vnd\.ms-powerpoint/, 'PowerPoint presentation'],
  [/opendocument\.text/, 'OpenDocument text'],
  [/opendocument\.spreadsheet/, 'OpenDocument spreadsheet'],
  [/opendocument\.presentation/, 'OpenDocument presentation'],
  [/^application\/epub/, 'EPUB book'],
  [/^text\/csv/, 'CSV table'],
  [/^text\/plain/, 'Text file'],
];

export function documentKind(mime: string, file: string): string {
  const found = DOCUMENT_KINDS.find(([pattern]) => pattern.test(mime));
  if (found) return found[1];
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1];
  return ext ? `${ext.toUpperCase()} file` : 'File';
}

/** A download: the file's name as a real link, with its type and size. */
export function FileBlock({ block, context }: { block: BlockOf<'file'>; context: BlockContext }) {
  const { item, problem } = usableItem('file', block.mediaId, context);
  if (!item) return context.preview ? <MediaNotReady message={problem} /> : null;
  const stored = item.renditions.find((r) => r.role === 'file');
  if (!stored) {
    console.warn(`ArticleBody: file block not shown: file #${item.id} has no stored document`);
    return null;
  }
  const name = block.title || item.title || item.originalName || stored.file;
  return (
    <figure className="download">
      <FileIcon width={28} height={28} />
      <div>
        <a href={avUrl(item.storageKey, stored.file)} download={item.originalName || stored.file}>
          {name}
        </a>
        <p className="download__meta">
          {documentKind(stored.mime || item.mime, stored.file)}, {formatBytes(stored.bytes || item.bytes)}
        </p>
      </div>
    </figure>
  );
}
