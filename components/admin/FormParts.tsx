/**
 * The pieces the newsroom's hand-written forms share (the article editor, the media forms, the
 * staff page): a labelled field with its hint and message, the form's answer, the submit button.
 * No hooks and no 'use client' of its own: it renders in the browser inside a client form and on
 * the server inside a server page alike.
 */
import type { ReactNode } from 'react';

export const INPUT_CLASS = 'min-h-11 rounded border border-line bg-page px-3';
export const TEXTAREA_CLASS = 'rounded border border-line bg-page p-3';
/** A secondary button (a plain post-redirect-get form's). */
export const BUTTON_CLASS = 'min-h-11 rounded border border-line px-4 font-semibold';

/**
 * Gives a form's controls their id (`${prefix}-${name}`) and name, and ties each to its message
 * (`${id}-error`, see Field) and, when given, to the ids of its hint or counter.
 */
export function controlsOf<K extends string>(prefix: string, errors: Partial<Record<K, string>>) {
  return (name: K, hint?: string) => ({
    id: `${prefix}-${name}`,
    name,
    // Content in any edition's language: Arabic text reads right to left in the field as typed.
    dir: 'auto' as const,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [hint, errors[name] ? `${prefix}-${name}-error` : ''].filter(Boolean).join(' ') || undefined,
  });
}

/**
 * A label, the control (children), an optional hint (`${id}-hint`) and the field's message
 * (`${id}-error`) when there is one.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children}
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="text-sm text-muted-fg">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="text-sm font-semibold text-link">
      {message}
    </p>
  ) : null;
}

/** The form's answer above its fields: a status once saved, an alert otherwise. */
export function FormMessage({ message, saved = false }: { message: string | null; saved?: boolean }) {
  return message ? (
    <p role={saved ? 'status' : 'alert'} className="rounded border border-line p-3 font-semibold">
      {message}
    </p>
  ) : null;
}

/** The form's submit button: the brand's colour, or a plain outline for a `danger`ous one (delete, turn off). */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  danger = false,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  danger?: boolean;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`${danger ? BUTTON_CLASS : 'min-h-11 rounded bg-brand px-6 font-semibold text-brand-fg'} self-start`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * A post-redirect-get form that sets one thing of a record (`id`) to a choice from a list: a
 * labelled select and its button.
 */
export function ChoiceForm({
  action,
  recordId,
  id,
  name,
  label,
  value,
  options,
  submitLabel,
}: {
  action: (form: FormData) => Promise<void>;
  recordId: number;
  /** The select's id. */
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  submitLabel: string;
}) {
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={recordId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        <select id={id} name={name} defaultValue={value} className={INPUT_CLASS}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={BUTTON_CLASS}>
        {submitLabel}
      </button>
    </form>
  );
}
