'use client';
// Runs in the browser because useActionState keeps the form's values and field messages across saves; without JavaScript the same form posts and the server re-renders it.
import { useActionState } from 'react';
import type { EditorState, EditorValues } from '@/lib/newsroom/articles';

type Option = { id: number; name: string };

export function ArticleEditor({
  action,
  articleId,
  version,
  initial,
  sections,
  authors,
}: {
  action: (state: EditorState, form: FormData) => Promise<EditorState>;
  articleId: number | null;
  version: number | null;
  initial: EditorValues;
  sections: Option[];
  authors: Option[];
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as EditorState);
  const values = state.status === 'invalid' || state.status === 'conflict' ? state.values : initial;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const currentVersion = state.status === 'saved' ? state.version : version;
  const field = (name: keyof EditorValues) => ({
    id: `f-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `f-${name}-error` : undefined,
  });
  const error = (name: keyof EditorValues) =>
    errors[name] ? (
      <p id={`f-${name}-error`} className="text-sm font-semibold text-link">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form action={formAction} className="flex flex-col gap-4" key={state.status === 'saved' ? state.version : 'form'}>
      {articleId ? <input type="hidden" name="id" value={articleId} /> : null}
      {currentVersion ? <input type="hidden" name="version" value={currentVersion} /> : null}
      {state.status !== 'idle' ? (
        <p role={state.status === 'saved' ? 'status' : 'alert'} className="rounded border border-line p-3 font-semibold">
          {state.message}
        </p>
      ) : null}
      {state.status === 'conflict' ? (
        <details open className="rounded border border-line p-3">
          <summary>The newer version (version {state.current.version})</summary>
          <p className="mt-2 font-semibold">{state.current.title}</p>
          <p>{state.current.lede}</p>
        </details>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="f-title" className="font-semibold">
          Headline
        </label>
        <input {...field('title')} defaultValue={values.title} required maxLength={200} className="min-h-11 rounded border border-line bg-page px-3" />
      </div>
      {error('title')}
      <div className="flex flex-col gap-1">
        <label htmlFor="f-slug" className="font-semibold">
          Slug
        </label>
        <input {...field('slug')} defaultValue={values.slug} maxLength={80} placeholder="made from the headline when empty" className="min-h-11 rounded border border-line bg-page px-3" />
      </div>
      {error('slug')}
      <div className="flex flex-col gap-1">
        <label htmlFor="f-sectionId" className="font-semibold">
          Section
        </label>
        <select {...field('sectionId')} defaultValue={values.sectionId} required className="min-h-11 rounded border border-line bg-page px-3">
          <option value="">Choose…</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {error('sectionId')}
      <div className="flex flex-col gap-1">
        <label htmlFor="f-lede" className="font-semibold">
          Lede
        </label>
        <textarea {...field('lede')} defaultValue={values.lede} rows={2} maxLength={600} className="rounded border border-line bg-page p-3" />
      </div>
      {error('lede')}
      <div className="flex flex-col gap-1">
        <label htmlFor="f-body" className="font-semibold">
          Body (Markdown)
        </label>
        <textarea {...field('body')} defaultValue={values.body} rows={16} className="rounded border border-line bg-page p-3 font-mono text-sm" />
      </div>
      {error('body')}
      <div className="flex flex-col gap-1">
        <label htmlFor="f-tags" className="font-semibold">
          Tags (comma separated; new ones are created)
        </label>
        <input {...field('tags')} defaultValue={values.tags} className="min-h-11 rounded border border-line bg-page px-3" />
      </div>
      {error('tags')}
      <div className="flex flex-col gap-1">
        <label htmlFor="f-heroMediaId" className="font-semibold">
          Hero picture (media id, optional)
        </label>
        <input {...field('heroMediaId')} defaultValue={values.heroMediaId} inputMode="numeric" className="min-h-11 rounded border border-line bg-page px-3" />
      </div>
      {error('heroMediaId')}
      <fieldset className="rounded border border-line p-3">
        <legend className="font-semibold">Bylines</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {authors.map((a) => (
            <label key={a.id} className="flex items-center gap-2">
              <input type="checkbox" name="authorIds" value={a.id} defaultChecked={values.authorIds.includes(String(a.id))} />
              {a.name}
            </label>
          ))}
        </div>
      </fieldset>
      {error('authorIds')}
      <button type="submit" disabled={pending} className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
        {pending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
