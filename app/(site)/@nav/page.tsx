import { NavSlot } from '@/components/layout/NavSlot';

// The home page: "Home" is the current page.
export default function Nav() {
  return <NavSlot current="home" />;
}
