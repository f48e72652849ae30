'use client';
// Runs in the browser because useActionState keeps the typed text and field messages across saves; without JavaScript the same form posts and the server re-renders it.
import { useActionState } from 'react';
import type { MediaEditState } from '@/lib/newsroom/media';

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
  const field = (name: 'alt' | 'caption' | 'credit') => ({
    id: `d-${name}`,
    name,
    defaultValue: values[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `d-${name}-error` : undefined,
  });
  const error = (name: 'alt' | 'caption' | 'credit') =>
    errors[name] ? (
      <p id={`d-${name}-error`} className="text-sm font-semibold text-link">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={id} />
      {state.status !== 'idle' ? (
        <p
          role={state.status === 'saved' ? 'status' : 'alert'}
          className="rounded border border-line p-3 font-semibold"
        >
          {state.message}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="d-alt" className="font-semibold">
          Alt text (required)
        </label>
        <input
          {...field('alt')}
          required
          maxLength={300}
          className="min-h-11 rounded border border-line bg-page px-3"
        />
        {error('alt')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="d-caption" className="font-semibold">
          Caption
        </label>
        <textarea {...field('caption')} rows={2} maxLength={500} className="rounded border border-line bg-page p-3" />
        {error('caption')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="d-credit" className="font-semibold">
          Credit
        </label>
        <input {...field('credit')} maxLength={200} className="min-h-11 rounded border border-line bg-page px-3" />
        {error('credit')}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg"
      >
        {pending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
