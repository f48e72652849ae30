import type { Section } from '@/lib/content/reader';
import { sectionPath } from '@/lib/urls';

export function SiteFooter({ siteName, sections }: { siteName: string; sections: Section[] }) {
  return (
    <footer className="site-footer print:hidden">
      <div className="site-footer__inner">
        <nav aria-label="Footer">
          <h2 className="footer-heading">Sections</h2>
          <ul className="footer-links">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={sectionPath(s.slug)}>{s.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="footer-note">
          © {siteName}. Demo content: every story, person and picture on this site is invented.
        </p>
      </div>
    </footer>
  );
}
