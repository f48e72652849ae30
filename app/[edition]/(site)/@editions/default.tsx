import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { EditionsSlot } from '@/components/layout/EditionsSlot';

// Every page but a story: the switcher links to the other editions' home pages.
export default async function Editions({ params }: { params: EditionParams }) {
  await editionOf(params);
  return <EditionsSlot />;
}
