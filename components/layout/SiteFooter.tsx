import type { Section } from '@/lib/content/reader';
import { SectionLinks } from '@/components/layout/SectionLinks';

export function SiteFooter({ siteName, sections }: { siteName: string; sections: Section[] }) {
  return (
    <footer className="site-footer print:hidden">
      <div className="site-footer__inner">
        <nav aria-label="Footer">
          <h2 className="footer-heading">Sections</h2>
          <ul className="footer-links">
            <SectionLinks sections={sections} />
            <li>
              <a href="/shows">Programmes</a>
            </li>
          </ul>
        </nav>
        <p className="footer-note">
          © {siteName}. Demo content: every story, person and picture on this site is invented.
        </p>
      </div>
    </footer>
  );
}
