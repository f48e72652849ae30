import Link from 'next/link';
import { BUTTON_CLASS } from '@/components/admin/FormParts';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { BackLink, Panel } from '@/components/admin/PageParts';
import {
  articlesText,
  fieldsOf,
  outcomeMessages,
  type TaxonomyPageRow,
  type TaxonomyPages,
} from '@/components/admin/taxonomy-pages';
import { editionChoiceLabel } from '@/lib/newsroom/edition-field';
import type { FormState } from '@/lib/newsroom/forms';

type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * The page of one section, tag or person (/admin/<kind>/<id>): its address and article count,
 * the edit form, and deletion — a confirmed plain form, or, for a kind that cannot be deleted
 * while it has articles, why not. `actions.merge` adds the form that merges it into another (tags).
 */
export function TaxonomyDetailPage<Row extends TaxonomyPageRow>({
  pages,
  row,
  outcome,
  actions,
  aliases,
}: {
  pages: TaxonomyPages<Row>;
  row: Row;
  outcome: { done: string; error: string };
  actions: { update: FormAction; remove: (form: FormData) => Promise<void>; merge?: FormAction };
  /** Its former slugs and names (tags: db/queries/taxonomy.ts `listTagAliases`), which lead to it. */
  aliases?: readonly { slug: string; name: string }[];
}) {
  const { kind } = pages;
  const { update, remove, merge } = actions;
  const articles = articlesText(row.articleCount);
  const fields = fieldsOf(pages, 'edit');
  const values = row as unknown as Record<string, unknown>;
  // A checkbox's value is "yes" when ticked (ManagedForm), a row's is a boolean.
  const text = (v: unknown) => (typeof v === 'boolean' ? (v ? 'yes' : '') : String(v ?? ''));
  const initial = Object.fromEntries(fields.map((f) => [f.name, text(values[f.name])]));
  return (
    <div className="max-w-3xl">
      <BackLink href={kind.path} label={pages.title} />
      <h1 className="list-title">{row.name}</h1>
      <p className="list-count">
        <Link href={pages.address(row.edition, row.slug)} prefetch={false} className="underline">
          {pages.address(row.edition, row.slug)}
        </Link>{' '}
        · {articles}
      </p>
      {/* Read-only: an item stays in the edition it was made in (its slug, articles and pages are that edition's). */}
      <p className="mt-2">
        <span className="font-semibold">Edition:</span> {editionChoiceLabel(row.edition)}
      </p>
      {aliases?.length ? (
        <p className="mt-2">
          <span className="font-semibold">Former addresses</span> (they lead here):{' '}
          {aliases.map((a, i) => (
            <span key={a.slug}>
              {i ? ', ' : ''}
              {pages.address(row.edition, a.slug)} (“{a.name}”)
            </span>
          ))}
        </p>
      ) : null}
      <OutcomeNotice done={outcome.done} error={outcome.error} messages={outcomeMessages(pages, row)} />
      <div className="mt-4">
        <ManagedForm
          action={update}
          idPrefix={pages.id}
          submitLabel={pages.saveLabel}
          hidden={{ id: row.id }}
          initial={initial}
          fields={fields}
        />
      </div>
      {merge ? (
        <Panel id="merge" title={`Merge into another ${kind.noun}`} headingClassName="mb-3 text-xl font-bold">
          <p className="mb-3">
            Its {articles} get the other {kind.noun} instead, and “{row.name}” is deleted: its address and name lead to
            the other {kind.noun}.
          </p>
          <ManagedForm
            action={merge}
            idPrefix="merge"
            submitLabel="Merge"
            danger
            hidden={{ id: row.id }}
            fields={[
              {
                name: 'into',
                label: `${kind.noun[0].toUpperCase()}${kind.noun.slice(1)} to keep (slug)`,
                required: true,
                maxLength: 80,
              },
              { name: 'confirm', label: `Yes, merge “${row.name}” into it`, kind: 'checkbox', required: true },
            ]}
          />
        </Panel>
      ) : null}
      <Panel id="delete" title={pages.deleteHeading}>
        {pages.inUse && row.articleCount > 0 ? (
          <p className="mt-2">{pages.inUse.instead(row, articles)}</p>
        ) : (
          <form action={remove} className="mt-2 flex flex-col gap-3">
            <input type="hidden" name="id" value={row.id} />
            {pages.deleteNote ? <p>{pages.deleteNote(articles)}</p> : null}
            <div className="flex items-center gap-2">
              <input id="delete-confirm" type="checkbox" name="confirm" value="yes" required className="size-5" />
              <label htmlFor="delete-confirm">Yes, delete “{row.name}”</label>
            </div>
            <button type="submit" className={`${BUTTON_CLASS} self-start`}>
              {pages.deleteLabel}
            </button>
          </form>
        )}
      </Panel>
    </div>
  );
}
