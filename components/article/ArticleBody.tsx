import type { Block, BlockType } from '@/lib/content/blocks';
import type { AvItem } from '@/lib/content/reader';
import {
  EmbedBlock,
  HeadingBlock,
  ImageBlock,
  ListBlock,
  ParagraphBlock,
  QuoteBlock,
  type BlockContext,
} from './blocks/Blocks';
import { AudioBlock, FileBlock, GalleryBlock, galleryPictures, VideoBlock } from './blocks/MediaBlocks';

type BlockComponent<T extends BlockType> = (props: {
  block: Extract<Block, { type: T }>;
  context: BlockContext;
}) => React.ReactNode;

/** Block type → component. A type missing here renders nothing (and is reported). */
export const BLOCK_COMPONENTS: { [T in BlockType]: BlockComponent<T> } = {
  paragraph: ParagraphBlock,
  heading: HeadingBlock,
  quote: QuoteBlock,
  image: ImageBlock,
  list: ListBlock,
  embed: EmbedBlock,
  video: VideoBlock,
  audio: AudioBlock,
  gallery: GalleryBlock,
  file: FileBlock,
};

export function ArticleBody({
  blocks,
  media,
  av = {},
  preview = false,
  firstGalleryNumber = 1,
}: {
  blocks: Block[];
  media: BlockContext['media'];
  av?: Record<number, AvItem>;
  preview?: boolean;
  /** The first body gallery's first picture address (`#img-N`): after the hero gallery's, if any. */
  firstGalleryNumber?: number;
}) {
  const context: BlockContext = { media, av, preview };
  // Picture addresses are per page: each gallery numbers on from the ones before it.
  const galleryNumbers = new Map<number, number>();
  blocks.reduce((next, block, i) => {
    if (block.type !== 'gallery') return next;
    galleryNumbers.set(i, next);
    return next + galleryPictures(block.items, media).length;
  }, firstGalleryNumber);
  return (
    <div className="article-body">
      {blocks.map((block, i) => {
        const Component = BLOCK_COMPONENTS[block.type] as BlockComponent<BlockType> | undefined;
        if (!Component) {
          console.warn(`ArticleBody: no component for block type ${String((block as { type: unknown }).type)}`);
          return null;
        }
        const first = galleryNumbers.get(i);
        const blockContext = first === undefined ? context : { ...context, galleryFirstNumber: first };
        return <Component key={i} block={block} context={blockContext} />;
      })}
    </div>
  );
}
