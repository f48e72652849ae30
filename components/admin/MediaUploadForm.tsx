'use client';
// Runs in the browser to refuse an oversized file before sending it and to show the server's field messages in place; without JavaScript the form posts to the same route and the server answers.
import { useState } from 'react';

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

  const described = (name: keyof MediaFormErrors, hint?: string) => ({
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [hint, errors[name] ? `m-${name}-error` : ''].filter(Boolean).join(' ') || undefined,
  });
  const error = (name: keyof MediaFormErrors) =>
    errors[name] ? (
      <p id={`m-${name}-error`} className="text-sm font-semibold text-link">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form
      method="post"
      action="/admin/media/upload"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="flex max-w-2xl flex-col gap-4"
    >
      {message ? (
        <p role="alert" className="rounded border border-line p-3 font-semibold">
          {message}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="m-file" className="font-semibold">
          Picture
        </label>
        <input
          id="m-file"
          name="file"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/avif"
          {...described('file', 'm-file-hint')}
        />
        <p id="m-file-hint" className="text-sm text-muted-fg">
          JPEG, PNG, WebP or AVIF, at most {mb} MB and at least 320 pixels wide. SVG is not accepted.
        </p>
        {error('file')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="m-alt" className="font-semibold">
          Alt text (required)
        </label>
        <input
          id="m-alt"
          name="alt"
          required
          maxLength={300}
          defaultValue={initial.alt}
          className="min-h-11 rounded border border-line bg-page px-3"
          {...described('alt', 'm-alt-hint')}
        />
        <p id="m-alt-hint" className="text-sm text-muted-fg">
          What the picture shows, for readers who cannot see it.
        </p>
        {error('alt')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="m-caption" className="font-semibold">
          Caption
        </label>
        <textarea
          id="m-caption"
          name="caption"
          rows={2}
          maxLength={500}
          defaultValue={initial.caption}
          className="rounded border border-line bg-page p-3"
          {...described('caption')}
        />
        {error('caption')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="m-credit" className="font-semibold">
          Credit
        </label>
        <input
          id="m-credit"
          name="credit"
          maxLength={200}
          defaultValue={initial.credit}
          className="min-h-11 rounded border border-line bg-page px-3"
          {...described('credit')}
        />
        {error('credit')}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg"
      >
        {pending ? 'Uploading…' : 'Upload'}
      </button>
    </form>
  );
}
