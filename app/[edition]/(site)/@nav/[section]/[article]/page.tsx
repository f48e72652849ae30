import { editionOf } from '@/app/[edition]/_shared/edition';
import { NavSlot, type SectionParams } from '@/components/layout/NavSlot';

// A story: its section's link is the current location.
export default async function Nav({ params }: { params: SectionParams }) {
  const { section } = await params;
  return <NavSlot edition={(await editionOf(params)).code} current={{ section, kind: 'article' }} />;
}
