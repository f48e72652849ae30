import { editionOf } from '@/app/[edition]/_shared/edition';
import { EditionsSlot, type ArticleSlotParams } from '@/components/layout/EditionsSlot';

// A story: the switcher links to its published translations.
export default async function Editions({ params }: { params: ArticleSlotParams }) {
  await editionOf(params);
  return <EditionsSlot article={(await params).article} />;
}
