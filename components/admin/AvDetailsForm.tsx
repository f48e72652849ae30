'use client';
// Runs in the browser because useActionState keeps the typed text and field messages across saves; without JavaScript the same form posts and the server re-renders it.
import { useActionState } from 'react';
import type { FormState } from '@/lib/newsroom/forms';
import { controlsOf, Field, FormMessage, INPUT_CLASS, SubmitButton, TEXTAREA_CLASS } from './FormParts';

type Values = { title: string; description: string; credit: string; transcript: string };

export function AvDetailsForm({
  action,
  id,
  kind,
  initial,
  allowDownload,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  id: number;
  kind: 'video' | 'audio' | 'file';
  initial: Values;
  allowDownload: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  const values = state.status === 'invalid' ? { ...initial, ...state.values } : initial;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const field = controlsOf<keyof Values>('av', errors);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={id} />
      <FormMessage message={state.status === 'invalid' ? state.message : null} />
      <Field id="av-title" label="Title (required)" error={errors.title}>
        <input {...field('title')} defaultValue={values.title} required maxLength={200} className={INPUT_CLASS} />
      </Field>
      <Field id="av-description" label="Description" error={errors.description}>
        <textarea
          {...field('description')}
          defaultValue={values.description}
          rows={3}
          maxLength={2000}
          className={TEXTAREA_CLASS}
        />
      </Field>
      <Field id="av-credit" label="Credit" error={errors.credit}>
        <input {...field('credit')} defaultValue={values.credit} maxLength={200} className={INPUT_CLASS} />
      </Field>
      {kind === 'audio' ? (
        <Field
          id="av-transcript"
          label="Transcript"
          error={errors.transcript}
          hint="What is said, shown to readers below the player."
        >
          <textarea
            {...field('transcript', 'av-transcript-hint')}
            defaultValue={values.transcript}
            rows={8}
            className={TEXTAREA_CLASS}
          />
        </Field>
      ) : (
        <input type="hidden" name="transcript" value={values.transcript} />
      )}
      {kind === 'file' ? null : (
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="allowDownload" defaultChecked={allowDownload} />
          Readers may download it
        </label>
      )}
      <SubmitButton pending={pending} label="Save" pendingLabel="Saving…" />
    </form>
  );
}
