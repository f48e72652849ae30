import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { NavSlot } from '@/components/layout/NavSlot';

// Every page without a place of its own in the navigation (authors, topics, search…): unmarked.
export default async function Nav({ params }: { params: EditionParams }) {
  return <NavSlot edition={(await editionOf(params)).code} current={null} />;
}
