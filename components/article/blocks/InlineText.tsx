import type { Inline } from '@/lib/content/blocks';
import { isSafeHref } from '@/lib/content/blocks';

/** External links open as normal links but never hand the page to the target. */
function linkRel(href: string): string | undefined {
  return href.startsWith('/') ? undefined : 'noopener noreferrer';
}

export function InlineText({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((run, i) => {
        let node: React.ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.href && isSafeHref(run.href)) {
          node = (
            <a href={run.href} rel={linkRel(run.href)}>
              {node}
            </a>
          );
        }
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
