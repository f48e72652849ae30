import { NavSlot } from '@/components/layout/NavSlot';

// Every page without a place of its own in the navigation (authors, topics, search…): unmarked.
export default function Nav() {
  return <NavSlot current={null} />;
}
