import { NavSlot, type SectionParams } from '@/components/layout/NavSlot';

// A section's front: its link is the current page.
export default async function Nav({ params }: { params: SectionParams }) {
  return <NavSlot current={{ section: (await params).section, kind: 'front' }} />;
}
