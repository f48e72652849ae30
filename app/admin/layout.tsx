import type { Metadata } from 'next';
import { documentMetadata, documentViewport } from '@/app/document';
import { fontClasses } from '@/app/fonts';
import '../globals.css';
import { AdminHeader, type AdminNavItem } from '@/components/admin/AdminHeader';
import { rolesSummary } from '@/lib/newsroom/staff';
import { can, type Permission } from '@/lib/auth/roles';
import { currentStaff } from '@/lib/auth/session';
import { SITE } from '@/lib/site';

export const metadata: Metadata = {
  ...documentMetadata,
  title: { default: 'Newsroom', template: `%s · Newsroom · ${SITE.name}` },
  robots: { index: false, follow: false },
};

export const viewport = documentViewport;

const NAV: (AdminNavItem & { permission: Permission })[] = [
  { href: '/admin/articles', label: 'Articles', permission: 'admin.access' },
  { href: '/admin/articles/new', label: 'New article', permission: 'article.create' },
  // Editors and admins (who may publish any story): the stories contributors submitted.
  { href: '/admin/review', label: 'Review', permission: 'article.publish' },
  { href: '/admin/media', label: 'Media', permission: 'admin.access' },
  { href: '/admin/fronts', label: 'Fronts', permission: 'fronts.manage' },
  { href: '/admin/banners', label: 'Breaking news', permission: 'fronts.manage' },
  { href: '/admin/sections', label: 'Sections', permission: 'taxonomy.manage' },
  { href: '/admin/tags', label: 'Tags', permission: 'taxonomy.manage' },
  { href: '/admin/people', label: 'People', permission: 'taxonomy.manage' },
  { href: '/admin/shows', label: 'Shows', permission: 'taxonomy.manage' },
  { href: '/admin/pages', label: 'Pages', permission: 'pages.manage' },
  { href: '/admin/staff', label: 'Staff', permission: 'staff.manage' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit.view' },
  { href: '/admin/outbox', label: 'Outbox', permission: 'outbox.view' },
];

// The newsroom's chrome. Navigation only: every page and action under /admin checks the caller itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const staff = await currentStaff();
  // The newsroom's own document: its chrome is in English (docs/newsroom.md), whatever the
  // edition of the story being edited; content fields take right-to-left text (dir="auto").
  return (
    <html lang="en" className={fontClasses}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <AdminHeader
          siteName={SITE.name}
          staff={staff ? { name: staff.name, role: rolesSummary(staff) } : null}
          items={staff ? NAV.filter((item) => can(staff.role, item.permission)) : []}
        />
        <main id="main" tabIndex={-1} className="container-page py-6 outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
