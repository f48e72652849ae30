import type { Block, BlockType } from '@/lib/content/blocks';
import {
  EmbedBlock,
  HeadingBlock,
  ImageBlock,
  ListBlock,
  ParagraphBlock,
  QuoteBlock,
  type BlockContext,
} from './blocks/Blocks';

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
  // Issue 18 (in progress): the media blocks' components.
  video: () => null,
  audio: () => null,
  gallery: () => null,
  file: () => null,
};

export function ArticleBody({ blocks, media }: { blocks: Block[]; media: BlockContext['media'] }) {
  const context: BlockContext = { media };
  return (
    <div className="article-body">
      {blocks.map((block, i) => {
        const Component = BLOCK_COMPONENTS[block.type] as BlockComponent<BlockType> | undefined;
        if (!Component) {
          console.warn(`ArticleBody: no component for block type ${String((block as { type: unknown }).type)}`);
          return null;
        }
        return <Component key={i} block={block} context={context} />;
      })}
    </div>
  );
}
