import { editionOf, type EditionParams } from '@/app/[edition]/_shared/edition';
import { NavSlot } from '@/components/layout/NavSlot';

// The home page: "Home" is the current page.
export default async function Nav({ params }: { params: EditionParams }) {
  return <NavSlot edition={(await editionOf(params)).code} current="home" />;
}
