'use client';
// Runs in the browser because useActionState keeps the form's values and field messages across saves, and the SEO panel's counters and share-card preview follow the typing; without JavaScript the same form posts and the server re-renders it.
import { useActionState, useState } from 'react';
import type { EditorState, EditorValues } from '@/lib/newsroom/articles';
import type { EditorOptions } from '@/lib/newsroom/editor-data';
import { SEO_LIMITS, type SeoTextField } from '@/lib/newsroom/seo-limits';

const LIVE = [
  'title',
  'lede',
  'heroMediaId',
  'metaTitle',
  'metaDescription',
  'socialTitle',
  'socialDescription',
  'socialMediaId',
] as const;
type Live = Pick<EditorValues, (typeof LIVE)[number]>;
const pickLive = (v: EditorValues): Live => Object.fromEntries(LIVE.map((k) => [k, v[k]])) as Live;

const INPUT = 'min-h-11 rounded border border-line bg-page px-3';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function ArticleEditor({
  action,
  articleId,
  version,
  initial,
  options,
}: {
  action: (state: EditorState, form: FormData) => Promise<EditorState>;
  articleId: number | null;
  version: number | null;
  initial: EditorValues;
  options: EditorOptions;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as EditorState);
  const values = state.status === 'invalid' || state.status === 'conflict' ? state.values : initial;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const currentVersion = state.status === 'saved' ? state.version : version;
  // The fields the previews follow; reset whenever the server answers with new values.
  const [live, setLive] = useState<Live>(() => pickLive(values));
  // Each answer re-mounts the form: React resets a form after its action, and a <select> would
  // fall back to its first default instead of the value the server sent back.
  const [answered, setAnswered] = useState({ state, generation: 0 });
  if (answered.state !== state) {
    setAnswered({ state, generation: answered.generation + 1 });
    setLive(pickLive(values));
  }
  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if ((LIVE as readonly string[]).includes(target.name)) setLive((l) => ({ ...l, [target.name]: target.value }));
  };

  const describedBy = (name: keyof EditorValues, hint?: string) =>
    [hint, errors[name] ? `f-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const field = (name: keyof EditorValues, hint?: string) => ({
    id: `f-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(name, hint),
  });
  const error = (name: keyof EditorValues) =>
    errors[name] ? (
      <p id={`f-${name}-error`} className="text-sm font-semibold text-link">
        {errors[name]}
      </p>
    ) : null;
  const picture = (id: string) => options.pictures.find((p) => String(p.id) === id.trim()) ?? null;
  const hero = picture(live.heroMediaId);
  const shareImage = picture(live.socialMediaId) ?? hero;
  const searchTitle = live.metaTitle.trim() || `${live.title.trim() || 'Headline'} | ${options.site.name}`;
  const description = live.metaDescription.trim() || live.lede.trim();
  const socialTitle = live.socialTitle.trim() || live.title.trim() || 'Headline';
  const socialDescription = live.socialDescription.trim() || description;

  const seoText = (name: SeoTextField, label: string, multiline: boolean, placeholder: string) => {
    const length = live[name].trim().length;
    const { ideal, max } = SEO_LIMITS[name];
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`f-${name}`} className="font-semibold">
          {label}
        </label>
        {multiline ? (
          <textarea
            {...field(name, `f-${name}-count`)}
            defaultValue={values[name]}
            rows={2}
            maxLength={max}
            placeholder={placeholder}
            className="rounded border border-line bg-page p-3"
          />
        ) : (
          <input
            {...field(name, `f-${name}-count`)}
            defaultValue={values[name]}
            maxLength={max}
            placeholder={placeholder}
            className={INPUT}
          />
        )}
        <p id={`f-${name}-count`} className={`text-sm ${length > ideal ? 'font-semibold text-link' : 'text-muted-fg'}`}>
          {length} of about {ideal} characters{length > ideal ? ': longer text is cut off' : ''}
        </p>
        {error(name)}
      </div>
    );
  };

  return (
    <form
      action={formAction}
      onChange={onChange}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
      key={answered.generation}
    >
      <div className="flex flex-col gap-4">
        {articleId ? <input type="hidden" name="id" value={articleId} /> : null}
        {currentVersion ? <input type="hidden" name="version" value={currentVersion} /> : null}
        {state.status !== 'idle' ? (
          <p
            role={state.status === 'saved' ? 'status' : 'alert'}
            className="rounded border border-line p-3 font-semibold"
          >
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
          <input {...field('title')} defaultValue={values.title} required maxLength={200} className={INPUT} />
          {error('title')}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-slug" className="font-semibold">
            Slug
          </label>
          <input
            {...field('slug')}
            defaultValue={values.slug}
            maxLength={80}
            placeholder="made from the headline when empty"
            className={INPUT}
          />
          {error('slug')}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-sectionId" className="font-semibold">
            Section
          </label>
          <select {...field('sectionId')} defaultValue={values.sectionId} required className={INPUT}>
            <option value="">Choose…</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {error('sectionId')}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-lede" className="font-semibold">
            Lede
          </label>
          <textarea
            {...field('lede')}
            defaultValue={values.lede}
            rows={2}
            maxLength={600}
            className="rounded border border-line bg-page p-3"
          />
          {error('lede')}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-body" className="font-semibold">
            Body (Markdown)
          </label>
          <textarea
            {...field('body', 'f-body-hint')}
            defaultValue={values.body}
            rows={16}
            className="rounded border border-line bg-page p-3 font-mono text-sm"
          />
          <p id="f-body-hint" className="text-sm text-muted-fg">
            Paragraphs, ## headings, &gt; quotes, lists, links, and pictures from the library on a line of their own:{' '}
            <code>![alt text](media:12 &quot;caption&quot;)</code>.
          </p>
          {error('body')}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-tags" className="font-semibold">
            Tags (comma separated; new ones are created)
          </label>
          <input {...field('tags')} defaultValue={values.tags} className={INPUT} />
          {error('tags')}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-heroMediaId" className="font-semibold">
            Hero picture (media id, optional)
          </label>
          <input
            {...field('heroMediaId', 'f-heroMediaId-hint')}
            list="editor-pictures"
            defaultValue={values.heroMediaId}
            inputMode="numeric"
            className={INPUT}
          />
          <p id="f-heroMediaId-hint" className="text-sm text-muted-fg">
            {hero ? `#${hero.id}: ${hero.alt}` : 'Type an id or part of the alt text; upload new pictures in Media.'}
          </p>
          {error('heroMediaId')}
        </div>
        <fieldset className="rounded border border-line p-3">
          <legend className="font-semibold">Bylines</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {options.authors.map((a) => (
              <label key={a.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="authorIds"
                  value={a.id}
                  defaultChecked={values.authorIds.includes(String(a.id))}
                />
                {a.name}
              </label>
            ))}
          </div>
          {error('authorIds')}
        </fieldset>
        <datalist id="editor-pictures">
          {options.pictures.map((p) => (
            <option key={p.id} value={p.id}>
              {p.alt}
            </option>
          ))}
        </datalist>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg"
        >
          {pending ? 'Saving…' : 'Save'}
        </button>
      </div>

      <fieldset className="flex flex-col gap-4 self-start rounded border border-line p-3" aria-describedby="seo-hint">
        <legend className="font-semibold">Search and sharing</legend>
        <p id="seo-hint" className="text-sm text-muted-fg">
          Leave a field empty to use the headline, the lede and the hero picture.
        </p>
        <section aria-labelledby="search-preview-heading" className="rounded bg-surface p-3 text-sm">
          <h2 id="search-preview-heading" className="text-xs font-semibold uppercase text-muted-fg">
            In search results
          </h2>
          <p className="mt-1 text-base font-semibold text-link">{clip(searchTitle, SEO_LIMITS.metaTitle.ideal)}</p>
          <p className="text-muted-fg">{options.site.host}</p>
          <p>
            {clip(description, SEO_LIMITS.metaDescription.ideal) ||
              'No description yet: write a lede or a meta description.'}
          </p>
        </section>
        {seoText('metaTitle', 'Meta title', false, 'the headline')}
        {seoText('metaDescription', 'Meta description', true, 'the lede')}
        <section aria-labelledby="card-preview-heading" className="overflow-hidden rounded border border-line text-sm">
          <h2 id="card-preview-heading" className="px-3 pt-2 text-xs font-semibold uppercase text-muted-fg">
            Share card
          </h2>
          <div className="mt-2 aspect-[1200/630] bg-muted">
            {shareImage ? (
              // eslint-disable-next-line @next/next/no-img-element -- a preview of our own variant
              <img
                src={shareImage.src}
                alt={`Share picture: ${shareImage.alt}`}
                className="h-full w-full object-cover"
              />
            ) : (
              <p className="flex h-full items-center justify-center p-3 text-center text-muted-fg">
                A card with the headline (no picture chosen)
              </p>
            )}
          </div>
          <div className="p-3">
            <p className="text-xs uppercase text-muted-fg">{options.site.host}</p>
            <p className="font-semibold">{clip(socialTitle, SEO_LIMITS.socialTitle.ideal)}</p>
            <p className="text-muted-fg">{clip(socialDescription, 110)}</p>
          </div>
        </section>
        {seoText('socialTitle', 'Social title', false, 'the headline')}
        {seoText('socialDescription', 'Social description', true, 'the meta description or the lede')}
        <div className="flex flex-col gap-1">
          <label htmlFor="f-socialMediaId" className="font-semibold">
            Social picture (media id)
          </label>
          <input
            {...field('socialMediaId')}
            list="editor-pictures"
            defaultValue={values.socialMediaId}
            inputMode="numeric"
            placeholder="the hero picture"
            className={INPUT}
          />
          {error('socialMediaId')}
        </div>
      </fieldset>
    </form>
  );
}
