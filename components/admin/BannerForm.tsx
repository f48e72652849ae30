'use client';
// Runs in the browser because useActionState keeps the typed values and field messages of a refused form; without JavaScript the same form posts and the server re-renders it.
import { useActionState, useState } from 'react';
import { useEditorZone } from '@/components/admin/useBrowserZone';
import type { FormState } from '@/lib/newsroom/forms';

const INPUT = 'min-h-11 rounded border border-line bg-page px-3';

/**
 * The new-banner form: its edition, label, text, link, where it shows and when it ends. "Shown
 * on" offers the chosen edition's sections only (a banner shows on its edition's pages).
 */
export function BannerForm({
  action,
  editions,
  edition: preselected,
  sections,
  labels,
  textMax,
  profileZone,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The editions the person may run banners in ("Russian (RU)"). */
  editions: { value: string; label: string }[];
  /** The edition the form starts on. */
  edition: string;
  /** Every section of those editions. */
  sections: { id: number; name: string; edition: string }[];
  labels: readonly string[];
  textMax: number;
  /** My account's zone, which the end time is in (null: the browser's). */
  profileZone: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  const zone = useEditorZone(profileZone);
  const zoneName = zone === 'UTC' ? 'UTC' : `your time, ${zone}`;
  const values = state.status === 'invalid' ? state.values : {};
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const id = (name: string) => `banner-${name}`;
  const described = (name: string, hint = false) =>
    [hint ? `${id(name)}-hint` : '', errors[name] ? `${id(name)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = (name: string, hint = false) => ({
    id: id(name),
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': described(name, hint),
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${id(name)}-error`} className="text-sm font-semibold text-link">
        {errors[name]}
      </p>
    ) : null;
  const field = (name: string, label: string, control: React.ReactNode, hint?: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id(name)} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id(name)}-hint`} className="text-sm text-muted-fg">
          {hint}
        </p>
      ) : null}
      {control}
      {error(name)}
    </div>
  );
  // A new key after each refused submission re-mounts the fields with the values sent back.
  const key = state.status === 'invalid' ? JSON.stringify(state.values) + JSON.stringify(state.fieldErrors) : 'form';
  // The edition picked since the form was last (re-)mounted; otherwise the one sent back, or the preselected one.
  const [picked, setPicked] = useState<{ key: string; edition: string } | null>(null);
  const sent = editions.some((e) => e.value === values.edition) ? values.edition : preselected;
  const edition = picked?.key === key ? picked.edition : sent;
  const shown = sections.filter((s) => s.edition === edition);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" key={key}>
      {state.status !== 'idle' ? (
        <p role={state.status === 'done' ? 'status' : 'alert'} className="rounded border border-line p-3 font-semibold">
          {state.message}
        </p>
      ) : null}
      {field(
        'edition',
        'Edition',
        <select
          {...common('edition', true)}
          value={edition}
          onChange={(e) => setPicked({ key, edition: e.target.value })}
          className={INPUT}
        >
          {editions.map((e) => (
            <option key={e.value} value={e.value}>
              {e.label}
            </option>
          ))}
        </select>,
        'The banner shows on this edition’s pages only.',
      )}
      {field(
        'label',
        'Label',
        <select {...common('label')} defaultValue={values.label ?? labels[0]} className={INPUT}>
          {labels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>,
      )}
      {field(
        'text',
        'Text',
        <input
          {...common('text', true)}
          type="text"
          required
          maxLength={textMax}
          defaultValue={values.text ?? ''}
          autoComplete="off"
          className={INPUT}
        />,
        `At most ${textMax} characters; it is the link.`,
      )}
      {field(
        'url',
        'Link',
        <input
          {...common('url', true)}
          type="text"
          required
          defaultValue={values.url ?? ''}
          autoComplete="off"
          placeholder="/world/123-… or https://…"
          className={INPUT}
        />,
        'A path on this site (/world/123-…) or an https:// address.',
      )}
      {field(
        'scope',
        'Shown on',
        <select
          {...common('scope')}
          // Re-mounted with another edition's sections, starting on "every page".
          key={edition}
          defaultValue={values.scope && values.edition === edition ? values.scope : 'site'}
          className={INPUT}
        >
          <option value="site">Every page of the edition (site-wide)</option>
          {shown.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {`${s.name}: its front and stories`}
            </option>
          ))}
        </select>,
      )}
      <fieldset className="flex flex-col gap-2 rounded border border-line p-4">
        <legend className="px-1 font-semibold">Ends</legend>
        {[
          ['1h', 'In 1 hour'],
          ['3h', 'In 3 hours'],
          ['12h', 'In 12 hours'],
          ['at', `At a date and time (${zoneName}):`],
        ].map(([value, label]) => (
          <div key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="expiresIn"
              id={id(`expiresIn-${value}`)}
              value={value}
              defaultChecked={(values.expiresIn ?? '1h') === value}
              className="size-5"
            />
            <label htmlFor={id(`expiresIn-${value}`)}>{label}</label>
          </div>
        ))}
        {error('expiresIn')}
        <label htmlFor={id('expiresAt')} className="sr-only">
          {`Ends at (${zoneName})`}
        </label>
        <input type="hidden" name="tz" value={zone} />
        <input
          {...common('expiresAt')}
          type="datetime-local"
          step={1}
          defaultValue={values.expiresAt ?? ''}
          className={`${INPUT} self-start`}
        />
        {error('expiresAt')}
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 self-start rounded bg-brand px-4 font-semibold text-brand-fg"
      >
        {pending ? 'Working…' : 'Put the banner live'}
      </button>
    </form>
  );
}
