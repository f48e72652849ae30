'use client';
// Runs in the browser because useActionState keeps the typed text and field messages across saves; without JavaScript the same form posts and the server re-renders it.
import { useActionState } from 'react';
import type { MediaEditState } from '@/lib/newsroom/media';
import { controlsOf, Field, FormMessage, INPUT_CLASS, SubmitButton, TEXTAREA_CLASS } from './FormParts';

export function MediaDetailsForm({
  action,
  id,
  initial,
}: {
  action: (state: MediaEditState, form: FormData) => Promise<MediaEditState>;
  id: number;
  initial: { alt: string; caption: string; credit: string };
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as MediaEditState);
  const values = state.status === 'invalid' ? state.values : initial;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const field = controlsOf<keyof typeof initial>('d', errors);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={id} />
      <FormMessage message={state.status === 'idle' ? null : state.message} saved={state.status === 'saved'} />
      <Field id="d-alt" label="Alt text (required)" error={errors.alt}>
        <input {...field('alt')} defaultValue={values.alt} required maxLength={300} className={INPUT_CLASS} />
      </Field>
      <Field id="d-caption" label="Caption" error={errors.caption}>
        <textarea
          {...field('caption')}
          defaultValue={values.caption}
          rows={2}
          maxLength={500}
          className={TEXTAREA_CLASS}
        />
      </Field>
      <Field id="d-credit" label="Credit" error={errors.credit}>
        <input {...field('credit')} defaultValue={values.credit} maxLength={200} className={INPUT_CLASS} />
      </Field>
      <SubmitButton pending={pending} label="Save" pendingLabel="Saving…" />
    </form>
  );
}
