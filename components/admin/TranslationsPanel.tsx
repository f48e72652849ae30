import Link from 'next/link';
import { BUTTON_CLASS, INPUT_CLASS } from '@/components/admin/FormParts';
import { Panel } from '@/components/admin/PageParts';

export interface TranslationRow {
  id: number;
  edition: { code: string; name: string; flag: string; language: string; dir: 'ltr' | 'rtl' };
  title: string;
  status: string;
  /** Whether the person may open its editor (a role in its edition); else its headline only. */
  open?: boolean;
  /** Whether the person may take it out of the group (article.edit in its edition). */
  unlink?: boolean;
}

type FormAction = (form: FormData) => Promise<void>;

/**
 * The story's translation group on its editor page: each version (edition, headline, state) with
 * "Unlink" where the person may edit it, "Leave this group" for the story itself, a form that
 * links an existing story of another edition (by id or address), and "Translate into …" for each
 * edition that has none yet, which makes a linked draft there. Plain forms: no JavaScript needed.
 */
export function TranslationsPanel({
  articleId,
  group,
  versions,
  missing,
  action,
  mayLink = false,
  mayLeave = false,
  linkAction,
  unlinkAction,
  linkRefused,
}: {
  articleId: number;
  /** The group's number (null: none); the unlink forms send it so a group changed meanwhile is refused. */
  group?: number | null;
  versions: TranslationRow[];
  missing: TranslationRow['edition'][];
  action: FormAction;
  /** Whether to offer "Link a story from another edition" (the person may edit this story). */
  mayLink?: boolean;
  /** Whether to offer "Leave this group". */
  mayLeave?: boolean;
  linkAction?: FormAction;
  unlinkAction?: FormAction;
  /** A refused link: its message, shown beside the field, and what was typed, kept in it. */
  linkRefused?: { message: string; value: string };
}) {
  const unlinkForm = (storyId: number, label: string, ariaLabel?: string) =>
    unlinkAction && group != null ? (
      <form action={unlinkAction}>
        <input type="hidden" name="id" value={articleId} />
        <input type="hidden" name="story" value={storyId} />
        <input type="hidden" name="group" value={group} />
        <button type="submit" className="min-h-11 px-1 text-sm underline" aria-label={ariaLabel}>
          {label}
        </button>
      </form>
    ) : null;
  return (
    <Panel id="translations" title="Translations">
      {versions.length ? (
        <ul className="mt-2 flex flex-col gap-1">
          {versions.map((v) => (
            <li key={v.id} className="flex flex-wrap items-baseline gap-2">
              <span className="rounded border border-line px-1 text-xs font-bold">{v.edition.flag}</span>
              {v.open === false ? (
                <span lang={v.edition.language} dir={v.edition.dir}>
                  {v.title}
                </span>
              ) : (
                <Link
                  href={`/admin/articles/${v.id}`}
                  prefetch={false}
                  className="underline"
                  lang={v.edition.language}
                  dir={v.edition.dir}
                >
                  {v.title}
                </Link>
              )}
              <span className="text-sm text-muted-fg">{v.status}</span>
              {v.unlink ? unlinkForm(v.id, 'Unlink', `Unlink the ${v.edition.flag} version`) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-muted-fg">No translations yet.</p>
      )}
      {mayLeave ? <div className="mt-2">{unlinkForm(articleId, 'Leave this group')}</div> : null}
      {mayLink && linkAction ? (
        <form action={linkAction} className="mt-3 flex flex-wrap items-end gap-2">
          <input type="hidden" name="id" value={articleId} />
          <label className="flex flex-col gap-1">
            <span className="text-sm font-semibold">Link a story from another edition</span>
            <input
              name="story"
              required
              dir="auto"
              autoComplete="off"
              placeholder="123 or /ru/section/123-headline"
              defaultValue={linkRefused?.value}
              aria-invalid={linkRefused ? true : undefined}
              aria-describedby={linkRefused ? 'link-story-error link-story-hint' : 'link-story-hint'}
              className={INPUT_CLASS}
            />
          </label>
          <button type="submit" className={BUTTON_CLASS}>
            Link
          </button>
          {linkRefused ? (
            <p id="link-story-error" role="alert" className="w-full text-sm font-semibold text-link">
              {linkRefused.message}
            </p>
          ) : null}
          <p id="link-story-hint" className="w-full text-sm text-muted-fg">
            Its newsroom id or its address on the site.
          </p>
        </form>
      ) : null}
      {missing.length ? (
        <form action={action} className="mt-3 flex flex-wrap items-end gap-2">
          <input type="hidden" name="id" value={articleId} />
          <label className="flex flex-col gap-1">
            <span className="text-sm font-semibold">Translate into</span>
            <select name="edition" className="min-h-11 rounded border border-line bg-page px-2">
              {missing.map((e) => (
                <option key={e.code} value={e.code} lang={e.language}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={BUTTON_CLASS}>
            Create a translation draft
          </button>
        </form>
      ) : null}
    </Panel>
  );
}

/** The story a translation is made from, beside the editor: its headline, standfirst and text as written. */
export function TranslationSource({
  edition,
  title,
  lede,
  text,
}: {
  edition: TranslationRow['edition'];
  title: string;
  lede: string;
  text: string[];
}) {
  return (
    <details open className="mt-6 rounded border border-line p-4">
      <summary className="cursor-pointer font-semibold">Source ({edition.name})</summary>
      <div lang={edition.language} dir={edition.dir} className="mt-3 flex flex-col gap-2">
        <p className="text-lg font-bold">{title}</p>
        {lede ? <p className="italic">{lede}</p> : null}
        {text.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </details>
  );
}
