import { NavSlot, type SectionParams } from '@/components/layout/NavSlot';

// A story: its section's link is the current location.
export default async function Nav({ params }: { params: SectionParams }) {
  return <NavSlot current={{ section: (await params).section, kind: 'article' }} />;
}
