import type { StaffUser } from '@/db/queries/staff';
import type { StaffRole } from '@/db/schema';

export type StaffByRole = Record<StaffRole | 'otherAuthor', StaffUser>;

/**
 * One staff account per role, plus a second author (`otherAuthor`) to own what the first may not
 * touch, in the test database: call it after createTestDb, which the staff queries open.
 */
export async function createStaffByRole(): Promise<StaffByRole> {
  const { createStaffUser } = await import('@/db/queries/staff');
  const { editions } = await import('@/lib/editions');
  const staff = {} as StaffByRole;
  for (const role of ['contributor', 'author', 'editor', 'admin', 'otherAuthor'] as const) {
    staff[role] = createStaffUser({
      email: `${role}@example.test`,
      name: role,
      passwordHash: 'x',
      role: role === 'otherAuthor' ? 'author' : role,
      // Every edition, as before editions had roles of their own (tests of canIn make their own).
      editions: editions.codes,
    });
  }
  return staff;
}
