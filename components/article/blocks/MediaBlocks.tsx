/**
 * The media blocks of a body (issue 18): video, audio, galleries and downloads. Each resolves its
 * library item from the page's data and hands it to the player or gallery component. An item that
 * is gone, of another kind or not playable yet renders nothing for readers (and is logged); in a
 * staff preview it is a visible "Processing…" note, so the editor sees what is missing.
 */
import { useTranslations } from 'next-intl';
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

/** What readers are told a document is, by its stored type: a key of the catalogue's "Files". */
const DOCUMENT_KINDS = [
  [/^application\/pdf/, 'pdf'],
  [/wordprocessingml|^application\/msword/, 'word'],
  [/spreadsheetml|^application\/vnd\.ms-excel/, 'excel'],
  [/presentationml|^application\/vnd\.ms-powerpoint/, 'powerpoint'],
  [/opendocument\.text/, 'odt'],
  [/opendocument\.spreadsheet/, 'ods'],
  [/opendocument\.presentation/, 'odp'],
  [/^application\/epub/, 'epub'],
  [/^text\/csv/, 'csv'],
  [/^text\/plain/, 'text'],
] as const;

export type DocumentKind = { key: (typeof DOCUMENT_KINDS)[number][1] } | { key: 'ext'; ext: string } | { key: 'file' };

/** A document's kind by its type, else by its file name's extension ("DOCX file"), else just a file. */
export function documentKind(mime: string, file: string): DocumentKind {
  const found = DOCUMENT_KINDS.find(([pattern]) => pattern.test(mime));
  if (found) return { key: found[1] };
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1];
  return ext ? { key: 'ext', ext: ext.toUpperCase() } : { key: 'file' };
}

/** The kind in the page's words: "PDF document", "Документ PDF". */
function DocumentKindText({ kind, size }: { kind: DocumentKind; size: string }) {
  const t = useTranslations('Files');
  // Literal keys, so the catalogue check (tests/unit/catalogues.test.ts) sees each one used.
  const names = {
    pdf: t('pdf'),
    word: t('word'),
    excel: t('excel'),
    powerpoint: t('powerpoint'),
    odt: t('odt'),
    ods: t('ods'),
    odp: t('odp'),
    epub: t('epub'),
    csv: t('csv'),
    text: t('text'),
    file: t('file'),
  };
  const name = kind.key === 'ext' ? t('ext', { ext: kind.ext }) : names[kind.key];
  return <>{t('meta', { kind: name, size })}</>;
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
          <DocumentKindText
            kind={documentKind(stored.mime || item.mime, stored.file)}
            size={formatBytes(stored.bytes || item.bytes)}
          />
        </p>
      </div>
    </figure>
  );
}
