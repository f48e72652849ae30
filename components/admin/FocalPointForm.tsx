'use client';
// Runs in the browser because useActionState keeps the typed numbers and messages across saves and the marker and crop previews follow them; without JavaScript the same form posts its two numbers.
import { useActionState, useState } from 'react';
import { normaliseFocal, type FocalPoint } from '@/lib/focal';
import type { FocalState } from '@/lib/newsroom/media';
import { FocalPointSetter } from './FocalPointSetter';
import { Field, FormMessage, INPUT_CLASS, SubmitButton } from './FormParts';

const asText = (n: number) => String(Math.round(n * 1000) / 10);

/**
 * The media page's "Focal point": two percentages (from the left, from the top) that work without
 * JavaScript, and with it the picture to click or move the marker on, with the crops it gives.
 */
export function FocalPointForm({
  action,
  id,
  initial,
  picture,
}: {
  action: (state: FocalState, form: FormData) => Promise<FocalState>;
  id: number;
  initial: FocalPoint;
  picture: { src: string; alt: string; width: number; height: number };
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FocalState);
  // A refused post (without JavaScript, a whole new page) shows what was typed, not the stored point.
  const [text, setText] = useState(() =>
    state.status === 'invalid' ? state.values : { focalX: asText(initial.x), focalY: asText(initial.y) },
  );
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === 'invalid') setText(state.values);
  }
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const parsed = (raw: string, fallback: number) => {
    const n = Number(raw.replace(',', '.'));
    return raw.trim() !== '' && Number.isFinite(n) ? normaliseFocal(Math.min(100, Math.max(0, n)) / 100) : fallback;
  };
  const point = { x: parsed(text.focalX, initial.x), y: parsed(text.focalY, initial.y) };
  const input = (name: 'focalX' | 'focalY', label: string) => (
    <Field id={`fp-${name}`} label={label} error={errors[name]}>
      <input
        id={`fp-${name}`}
        name={name}
        type="number"
        min={0}
        max={100}
        step="any"
        inputMode="decimal"
        value={text[name]}
        onChange={(e) => setText((t) => ({ ...t, [name]: e.target.value }))}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `fp-${name}-error` : undefined}
        className={`${INPUT_CLASS} w-28`}
      />
    </Field>
  );
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={id} />
      <FormMessage message={state.status === 'idle' ? null : state.message} saved={state.status === 'saved'} />
      <FocalPointSetter
        idPrefix="fp"
        {...picture}
        value={point}
        onChange={(p) => setText({ focalX: asText(p.x), focalY: asText(p.y) })}
      />
      <div className="flex flex-wrap gap-4">
        {input('focalX', 'Across (% from the left)')}
        {input('focalY', 'Down (% from the top)')}
      </div>
      <SubmitButton pending={pending} label="Save the focal point" pendingLabel="Saving…" />
    </form>
  );
}
