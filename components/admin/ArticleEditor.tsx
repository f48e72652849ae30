'use client';
// Runs in the browser because useActionState keeps the form's values and field messages across saves, the counters, previews and save status follow the typing, and Ctrl/Cmd+S and the leave-page prompt need window events; without JavaScript the same form posts and the server re-renders it.
import { useActionState, useDeferredValue, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { markdownReading } from '@/lib/content/markdown/words';
import type { OfferedAutosave } from '@/lib/newsroom/autosave';
import { useAutosave, type AutosaveAnswer } from './useAutosave';
import { BodyField } from './BodyField';
import type { EditorState, EditorValues } from '@/lib/newsroom/articles';
import type { EditorOptions } from '@/lib/newsroom/editor-data';
import { SEO_LIMITS, type SeoTextField } from '@/lib/newsroom/seo-limits';
import type { PickerItem } from '@/lib/newsroom/media';
import { controlsOf, Field, FieldError, FormMessage, INPUT_CLASS, SubmitButton, TEXTAREA_CLASS } from './FormParts';
import { PicturePicker, type PickerActions } from './PicturePicker';

const LIVE = [
  'title',
  'lede',
  'body',
  'heroMediaId',
  'metaTitle',
  'metaDescription',
  'socialTitle',
  'socialDescription',
  'socialMediaId',
] as const;
type Live = Pick<EditorValues, (typeof LIVE)[number]>;
const pickLive = (v: EditorValues): Live => Object.fromEntries(LIVE.map((k) => [k, v[k]])) as Live;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const clock = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
const never = () => () => {};

export function ArticleEditor({
  action,
  autosave: sendAutosave,
  discardAutosave,
  offered,
  articleId,
  version,
  initial,
  options,
  picker,
}: {
  action: (state: EditorState, form: FormData) => Promise<EditorState>;
  /** The autosave (lib/newsroom/autosave.ts) and "Discard it" of an offered one. */
  autosave: (form: FormData) => Promise<AutosaveAnswer>;
  discardAutosave: (form: FormData) => Promise<unknown>;
  /** This person's autosave of the story, offered back when they open it. */
  offered: OfferedAutosave | null;
  articleId: number | null;
  version: number | null;
  initial: EditorValues;
  options: EditorOptions;
  /** The picture picker's actions; without them (or without JavaScript) the hero is chosen by its id. */
  picker?: PickerActions;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as EditorState);
  // What needs JavaScript (restoring an autosave, Ctrl+S) is offered only once it runs: the
  // server's render is also what a browser without JavaScript keeps.
  const scripted = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  // An offered autosave, until restored or discarded; a restored one fills the form until a save.
  const [offer, setOffer] = useState(offered);
  const [restored, setRestored] = useState<OfferedAutosave | null>(null);
  const fromAutosave = state.status === 'idle' ? restored : null;
  const values =
    state.status === 'invalid' || state.status === 'conflict' ? state.values : (fromAutosave?.values ?? initial);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  // A restored autosave keeps the version it was typed over: saved over a newer one, it meets the
  // conflict check (both texts kept) instead of overwriting it.
  const currentVersion =
    state.status === 'saved' ? state.version : fromAutosave ? (fromAutosave.baseVersion ?? version) : version;
  // The fields the previews follow; reset whenever the server answers with new values.
  const [live, setLive] = useState<Live>(() => pickLive(values));
  // Each answer re-mounts the form: React resets a form after its action, and a <select> would
  // fall back to its first default instead of the value the server sent back.
  const [answered, setAnswered] = useState({ state, generation: 0 });
  if (answered.state !== state) {
    setAnswered({ state, generation: answered.generation + 1 });
    setLive(pickLive(values));
  }
  // Changes since the last save: the status line says so, and leaving the page asks first.
  const [dirty, setDirty] = useState(false);
  if (answered.state !== state && state.status === 'saved') setDirty(false);
  const form = useRef<HTMLFormElement>(null);
  // Pictures chosen in the picker that the editor's list of recent ones may lack (hint, share preview).
  const [picked, setPicked] = useState<EditorOptions['pictures']>([]);
  const choosePicture = (item: PickerItem) => {
    setPicked((list) => [{ id: item.id, alt: item.alt, src: item.thumb }, ...list.filter((p) => p.id !== item.id)]);
    const input = form.current?.elements.namedItem('heroMediaId');
    if (!(input instanceof HTMLInputElement)) return;
    // The field is React's uncontrolled input: set it as typing would, so the form's onChange
    // (previews, "unsaved changes", autosave) sees the new id.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(item.id));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const autosave = useAutosave(form, sendAutosave, pending);
  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    setDirty(true);
    autosave.changed();
    if ((LIVE as readonly string[]).includes(target.name)) setLive((l) => ({ ...l, [target.name]: target.value }));
  };
  const { saved: autosaveCovered } = autosave;
  useEffect(() => {
    if (state.status === 'saved') autosaveCovered();
  }, [state, autosaveCovered]);
  const restore = () => {
    if (!offer) return;
    setRestored(offer);
    setOffer(null);
    setAnswered((a) => ({ state: a.state, generation: a.generation + 1 }));
    setLive(pickLive(offer.values));
    setDirty(true);
  };
  const discard = () => {
    const sent = new FormData();
    if (articleId) sent.set('id', String(articleId));
    setOffer(null);
    void discardAutosave(sent).catch(() => undefined);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Ctrl+S (Cmd+S on a Mac) saves, as in every editor, instead of saving the page as a file.
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        form.current?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (!dirty) return;
    let confirmed = false;
    const onLeave = (event: BeforeUnloadEvent) => {
      if (confirmed) return;
      // The browser's own "Leave site? Changes you made may not be saved."
      event.preventDefault();
      event.returnValue = '';
    };
    // The newsroom's own links navigate without unloading the page (next/link), so the browser
    // never asks: ask here, before the link's own handler (capture), which skips a prevented click.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return;
      if (
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey ||
        link.target ||
        link.hasAttribute('download')
      )
        return;
      const to = new URL(link.href);
      if (to.origin !== location.origin || (to.pathname === location.pathname && to.search === location.search)) return;
      if (window.confirm('Leave this page? Changes you made have not been saved.')) confirmed = true;
      else {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);
  const reading = markdownReading(useDeferredValue(live.body));
  const auto = autosave.status;
  const saveStatus = pending
    ? 'Saving…'
    : auto.kind === 'offline'
      ? 'Not saved: offline, retrying'
      : auto.kind === 'saving'
        ? 'Saving…'
        : auto.kind === 'refused'
          ? `Not autosaved: ${auto.message}`
          : dirty
            ? auto.kind === 'saved'
              ? `Autosaved ${clock(auto.at)}: not in the story until you save`
              : 'Unsaved changes'
            : state.status === 'saved'
              ? `Saved ${clock(state.at)}`
              : state.status === 'idle'
                ? articleId
                  ? 'No changes yet'
                  : 'Not saved yet'
                : 'Not saved: see the message above';

  const field = controlsOf<keyof EditorValues>('f', errors);
  const picture = (id: string) => [...picked, ...options.pictures].find((p) => String(p.id) === id.trim()) ?? null;
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
      <Field id={`f-${name}`} label={label} error={errors[name]}>
        {multiline ? (
          <textarea
            {...field(name, `f-${name}-count`)}
            defaultValue={values[name]}
            rows={2}
            maxLength={max}
            placeholder={placeholder}
            className={TEXTAREA_CLASS}
          />
        ) : (
          <input
            {...field(name, `f-${name}-count`)}
            defaultValue={values[name]}
            maxLength={max}
            placeholder={placeholder}
            className={INPUT_CLASS}
          />
        )}
        <p id={`f-${name}-count`} className={`text-sm ${length > ideal ? 'font-semibold text-link' : 'text-muted-fg'}`}>
          {length} of about {ideal} characters{length > ideal ? ': longer text is cut off' : ''}
        </p>
      </Field>
    );
  };

  return (
    <form
      ref={form}
      action={formAction}
      onChange={onChange}
      onBlur={autosave.flush}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
      key={answered.generation}
    >
      <div className="flex flex-col gap-4">
        {articleId ? <input type="hidden" name="id" value={articleId} /> : null}
        {currentVersion ? <input type="hidden" name="version" value={currentVersion} /> : null}
        <FormMessage message={state.status === 'idle' ? null : state.message} saved={state.status === 'saved'} />
        {offer && scripted ? (
          <div role="region" aria-label="Autosaved text" className="rounded border border-line bg-surface p-3">
            <p className="font-semibold">
              You have text autosaved at <time dateTime={offer.at}>{clock(offer.at)}</time> that was never saved into
              the story.
              {offer.baseVersion !== null && version !== null && offer.baseVersion < version
                ? ` It was typed over version ${offer.baseVersion}; the story is now at version ${version}, so saving it will show you both.`
                : ''}
            </p>
            <div className="mt-2 flex flex-wrap gap-3">
              <button
                type="button"
                onClick={restore}
                className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg"
              >
                Restore it
              </button>
              <button
                type="button"
                onClick={discard}
                className="min-h-11 rounded border border-line px-4 font-semibold"
              >
                Discard it
              </button>
            </div>
          </div>
        ) : null}
        {state.status === 'conflict' ? (
          <details open className="rounded border border-line p-3">
            <summary>The newer version (version {state.current.version})</summary>
            <p className="mt-2 font-semibold">{state.current.title}</p>
            <p>{state.current.lede}</p>
          </details>
        ) : null}
        <Field id="f-title" label="Headline" error={errors.title}>
          <input {...field('title')} defaultValue={values.title} required maxLength={200} className={INPUT_CLASS} />
        </Field>
        <Field id="f-slug" label="Slug" error={errors.slug}>
          <input
            {...field('slug')}
            defaultValue={values.slug}
            maxLength={80}
            placeholder="made from the headline when empty"
            className={INPUT_CLASS}
          />
        </Field>
        <Field id="f-sectionId" label="Section" error={errors.sectionId}>
          <select {...field('sectionId')} defaultValue={values.sectionId} required className={INPUT_CLASS}>
            <option value="">Choose…</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="f-showId"
          label="Show (optional)"
          error={errors.showId}
          hint="A published story in a show, with an audio block in its body, is an episode of the show’s podcast."
        >
          <select {...field('showId', 'f-showId-hint')} defaultValue={values.showId} className={INPUT_CLASS}>
            <option value="">None</option>
            {options.shows.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-lede" label="Lede" error={errors.lede}>
          <textarea {...field('lede')} defaultValue={values.lede} rows={2} maxLength={600} className={TEXTAREA_CLASS} />
        </Field>
        <BodyField
          value={values.body}
          scripted={scripted}
          error={errors.body}
          control={field('body', 'f-body-hint f-body-count')}
          markdownHint={
            <>
              Paragraphs, ## headings, &gt; quotes, lists and links. From the library, each on a line of its own: a
              picture <code>![alt text](media:12 &quot;caption&quot;)</code>, a video <code>![caption](video:14)</code>,
              audio <code>![caption](audio:15)</code>, a download <code>![title](file:16)</code>. A gallery is a fenced
              block: a line <code>```gallery</code>, an optional <code># Title</code> line, then 2 to 60 pictures one a
              line, <code>![alt](media:12 &quot;caption&quot;) — credit</code>, and a closing <code>```</code>. Video
              and audio must have finished processing before the story is published. HTML tags are removed (their text
              is kept).
            </>
          }
        />
        <p id="f-body-count" className="-mt-3 text-sm text-muted-fg">
          {reading.words.toLocaleString('en-GB')} {reading.words === 1 ? 'word' : 'words'}
          {reading.words ? `, about ${reading.minutes} min read` : ''}
        </p>
        {reading.notes.map((note) => (
          <p key={note} role="status" className="-mt-3 text-sm font-semibold">
            {note}
          </p>
        ))}
        <Field id="f-tags" label="Tags (comma separated; new ones are created)" error={errors.tags}>
          <input {...field('tags')} defaultValue={values.tags} className={INPUT_CLASS} />
        </Field>
        <Field
          id="f-heroMediaId"
          label="Hero picture or video (media id, optional)"
          error={errors.heroMediaId}
          hint={
            hero
              ? `#${hero.id}: ${hero.alt}`
              : 'Type an id or part of the alt text, or choose from the library (search, upload, and set the focal point the crops keep); videos are uploaded in Media. A video hero plays at the top; its poster is the story’s picture on cards and share images.'
          }
        >
          <input
            {...field('heroMediaId', 'f-heroMediaId-hint')}
            list="editor-pictures"
            defaultValue={values.heroMediaId}
            inputMode="numeric"
            className={INPUT_CLASS}
          />
          {scripted && picker ? (
            <PicturePicker
              search={picker.search}
              setFocal={picker.setFocal}
              canUpload={picker.canUpload}
              currentId={live.heroMediaId}
              onChoose={choosePicture}
            />
          ) : null}
        </Field>
        <Field
          id="f-heroGallery"
          label="Hero gallery (optional)"
          error={errors.heroGallery}
          hint={
            <>
              Shown at the top instead of the hero picture (which stays the story’s picture on cards): 2 to 60 pictures,
              one a line, <code>![alt](media:12 &quot;caption&quot;) — credit</code>. Leave empty for none.
            </>
          }
        >
          <textarea
            {...field('heroGallery', 'f-heroGallery-hint')}
            defaultValue={values.heroGallery}
            rows={3}
            className={`${TEXTAREA_CLASS} font-mono text-sm`}
          />
        </Field>
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
          <FieldError id="f-authorIds-error" message={errors.authorIds} />
        </fieldset>
        <datalist id="editor-pictures">
          {options.pictures.map((p) => (
            <option key={p.id} value={p.id}>
              {p.alt}
            </option>
          ))}
        </datalist>
        {/* Always in view: the save button and what became of the last save. */}
        <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-line bg-page py-3">
          <SubmitButton pending={pending} label="Save" pendingLabel="Saving…" />
          <p id="save-status" aria-live="polite" className="text-sm font-semibold">
            {saveStatus}
          </p>
          {scripted ? (
            <p className="text-sm text-muted-fg">
              <kbd>Ctrl</kbd>+<kbd>S</kbd> saves
            </p>
          ) : null}
        </div>
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
        <Field id="f-socialMediaId" label="Social picture (media id)" error={errors.socialMediaId}>
          <input
            {...field('socialMediaId')}
            list="editor-pictures"
            defaultValue={values.socialMediaId}
            inputMode="numeric"
            placeholder="the hero picture"
            className={INPUT_CLASS}
          />
        </Field>
      </fieldset>
    </form>
  );
}
