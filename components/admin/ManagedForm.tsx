'use client';
// Runs in the browser because useActionState keeps the typed values and field messages of a refused form; without JavaScript the same form posts and the server re-renders it.
import { useActionState } from 'react';
import { SubmitButton } from '@/components/admin/FormParts';
import type { FormState } from '@/lib/newsroom/forms';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'email' | 'password' | 'textarea' | 'select' | 'checkbox';
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  /** Shown under the label and announced with the field. */
  hint?: string;
  placeholder?: string;
  autoComplete?: string;
  options?: { value: string; label: string }[];
  rows?: number;
}

const INPUT = 'min-h-11 rounded border border-line bg-page px-3';

/**
 * A newsroom form posted to a server action through useActionState. A refused submission comes
 * back as `invalid` with a message per field and the typed values (never a password); a
 * successful one redirects (post-redirect-get), so `done` is rarely rendered.
 */
export function ManagedForm({
  action,
  fields,
  idPrefix,
  submitLabel,
  initial = {},
  hidden = {},
  legend,
  danger = false,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  /** Makes the field ids unique on a page with several forms. */
  idPrefix: string;
  submitLabel: string;
  initial?: Record<string, string>;
  hidden?: Record<string, string | number>;
  /** A heading-like caption for the form (a fieldset legend). */
  legend?: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  const values = state.status === 'invalid' ? state.values : initial;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const describedBy = (f: FieldSpec) =>
    [f.hint ? `${id(f.name)}-hint` : '', errors[f.name] ? `${id(f.name)}-error` : ''].filter(Boolean).join(' ') ||
    undefined;

  const control = (f: FieldSpec) => {
    const common = {
      id: id(f.name),
      name: f.name,
      required: f.required,
      'aria-invalid': errors[f.name] ? true : undefined,
      'aria-describedby': describedBy(f),
    };
    switch (f.kind) {
      case 'textarea':
        return (
          <textarea
            {...common}
            dir="auto"
            defaultValue={values[f.name] ?? ''}
            maxLength={f.maxLength}
            rows={f.rows ?? 3}
            className="rounded border border-line bg-page p-3"
          />
        );
      case 'select':
        return (
          <select {...common} defaultValue={values[f.name] ?? ''} className={INPUT}>
            {(f.options ?? []).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        );
      case 'checkbox':
        return (
          <input {...common} type="checkbox" value="yes" defaultChecked={values[f.name] === 'yes'} className="size-5" />
        );
      default:
        return (
          <input
            {...common}
            dir="auto"
            type={f.kind ?? 'text'}
            defaultValue={f.kind === 'password' ? '' : (values[f.name] ?? '')}
            maxLength={f.maxLength}
            minLength={f.minLength}
            placeholder={f.placeholder}
            autoComplete={f.autoComplete ?? 'off'}
            className={INPUT}
          />
        );
    }
  };

  // A checkbox's label follows the box, a text field's precedes it; hint and error go the same way for both.
  const hint = (f: FieldSpec) =>
    f.hint ? (
      <p id={`${id(f.name)}-hint`} className="text-sm text-muted-fg">
        {f.hint}
      </p>
    ) : null;
  const error = (f: FieldSpec) =>
    errors[f.name] ? (
      <p id={`${id(f.name)}-error`} className="text-sm font-semibold text-link">
        {errors[f.name]}
      </p>
    ) : null;

  const body = (
    <>
      {state.status !== 'idle' ? (
        <p role={state.status === 'done' ? 'status' : 'alert'} className="rounded border border-line p-3 font-semibold">
          {state.message}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.kind === 'checkbox' ? (
          <div key={f.name} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              {control(f)}
              <label htmlFor={id(f.name)} className="font-semibold">
                {f.label}
              </label>
            </div>
            {hint(f)}
            {error(f)}
          </div>
        ) : (
          <div key={f.name} className="flex flex-col gap-1">
            <label htmlFor={id(f.name)} className="font-semibold">
              {f.label}
              {f.required ? null : <span className="font-normal text-muted-fg"> (optional)</span>}
            </label>
            {hint(f)}
            {control(f)}
            {error(f)}
          </div>
        ),
      )}
      <SubmitButton pending={pending} label={submitLabel} pendingLabel="Working…" danger={danger} />
    </>
  );

  // A new key after each refused submission re-mounts the fields with the values sent back
  // (React resets a form after its action, and a <select> keeps its first default otherwise).
  const key = state.status === 'invalid' ? JSON.stringify(state.values) + JSON.stringify(state.fieldErrors) : 'form';
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" key={key}>
      {legend ? (
        <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
          <legend className="px-1 text-lg font-bold">{legend}</legend>
          {body}
        </fieldset>
      ) : (
        body
      )}
    </form>
  );
}
