/**
 * The designed empty and error states (404, no results, no bookmarks, an error): a mark, a clear
 * headline, what happened in a sentence or two, and the ways on. No client code: the error
 * boundaries (client components) render it too.
 */
export function EmptyState({
  mark,
  title,
  headingLevel = 1,
  children,
  tone = 'neutral',
}: {
  /** A short word or number drawn large above the headline ("404"), or an icon. */
  mark?: React.ReactNode;
  title: string;
  headingLevel?: 1 | 2;
  children: React.ReactNode;
  tone?: 'neutral' | 'error';
}) {
  const H = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={`empty-state empty-state--${tone}`}>
      {mark ? (
        <p className="empty-state__mark" aria-hidden="true">
          {mark}
        </p>
      ) : null}
      <H className="empty-state__title">{title}</H>
      <div className="empty-state__body">{children}</div>
    </div>
  );
}
