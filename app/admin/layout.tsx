import { AdminNav } from '@/components/admin/AdminNav';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { currentStaff } from '@/lib/auth/session';

// Navigation only: every page and action under /admin checks the caller itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const staff = await currentStaff();
  return (
    <>
      {staff ? <AdminNav name={staff.name} role={ROLE_LABELS[staff.role]} /> : null}
      {children}
    </>
  );
}
