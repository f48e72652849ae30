'use client';
// Runs in the browser to refuse an oversized file before sending it and to show the server's field messages in place; without JavaScript the form posts to the same route and the server answers.
import { useState } from 'react';
import { controlsOf, Field, FormMessage, INPUT_CLASS, SubmitButton, TEXTAREA_CLASS } from './FormParts';

export type MediaFormErrors = Partial<Record<'file' | 'alt' | 'caption' | 'credit', string>>;

interface Props {
  maxBytes: number;
  initial: { alt: string; caption: string; credit: string };
  message: string;
  errors: MediaFormErrors;
}

export function MediaUploadForm({ maxBytes, initial, message: initialMessage, errors: initialErrors }: Props) {
  const [message, setMessage] = useState(initialMessage);
  const [errors, setErrors] = useState<MediaFormErrors>(initialErrors);
  const [pending, setPending] = useState(false);
  const mb = Math.round(maxBytes / 1024 / 1024);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    if (file instanceof File && file.size > maxBytes) {
      setMessage(`The picture is larger than ${mb} MB.`);
      setErrors({ file: `Choose a picture under ${mb} MB.` });
      return;
    }
    setPending(true);
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: data,
        headers: { Accept: 'application/json' },
      });
      const answer = (await response.json().catch(() => null)) as {
        ok?: boolean;
        url?: string;
        message?: string;
        fieldErrors?: MediaFormErrors;
      } | null;
      if (answer?.ok && answer.url) {
        window.location.assign(answer.url);
        return;
      }
      setMessage(answer?.message ?? `The upload failed (status ${response.status}).`);
      setErrors(answer?.fieldErrors ?? {});
    } catch {
      setMessage('The upload failed: check your connection and try again.');
      setErrors({});
    }
    setPending(false);
  }

  const field = controlsOf<keyof MediaFormErrors>('m', errors);

  return (
    <form
      method="post"
      action="/admin/media/upload"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="flex max-w-2xl flex-col gap-4"
    >
      <FormMessage message={message} />
      <Field
        id="m-file"
        label="Picture"
        error={errors.file}
        hint={`JPEG, PNG, WebP or AVIF, at most ${mb} MB and at least 320 pixels wide. SVG is not accepted.`}
      >
        <input
          {...field('file', 'm-file-hint')}
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/avif"
        />
      </Field>
      <Field
        id="m-alt"
        label="Alt text (required)"
        error={errors.alt}
        hint="What the picture shows, for readers who cannot see it."
      >
        <input
          {...field('alt', 'm-alt-hint')}
          required
          maxLength={300}
          defaultValue={initial.alt}
          className={INPUT_CLASS}
        />
      </Field>
      <Field id="m-caption" label="Caption" error={errors.caption}>
        <textarea
          {...field('caption')}
          rows={2}
          maxLength={500}
          defaultValue={initial.caption}
          className={TEXTAREA_CLASS}
        />
      </Field>
      <Field id="m-credit" label="Credit" error={errors.credit}>
        <input {...field('credit')} maxLength={200} defaultValue={initial.credit} className={INPUT_CLASS} />
      </Field>
      <SubmitButton pending={pending} label="Upload" pendingLabel="Uploading…" />
    </form>
  );
}
