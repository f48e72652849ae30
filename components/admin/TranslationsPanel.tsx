import Link from 'next/link';
import { BUTTON_CLASS } from '@/components/admin/FormParts';
import { Panel } from '@/components/admin/PageParts';

export interface TranslationRow {
  id: number;
  edition: { code: string; name: string; flag: string; language: string; dir: 'ltr' | 'rtl' };
  title: string;
  status: string;
  /** Whether the person may open its editor (a role in its edition); else its headline only. */
  open?: boolean;
}

/**
 * The story's translation group on its editor page: each version (edition, headline, state) and
 * "Translate into …" for each edition that has none yet, which makes a linked draft there.
 */
export function TranslationsPanel({
  articleId,
  versions,
  missing,
  action,
}: {
  articleId: number;
  versions: TranslationRow[];
  missing: TranslationRow['edition'][];
  action: (form: FormData) => Promise<void>;
}) {
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
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-muted-fg">No translations yet.</p>
      )}
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
