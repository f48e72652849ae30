'use client';
// Runs in the browser because a resumable upload (tus-js-client: chunks, progress, resuming after a dropped connection) is JavaScript by nature; without it the form stays disabled and says so.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Upload, type DetailedError } from 'tus-js-client';
import { Field, FormMessage, INPUT_CLASS } from './FormParts';

type Kind = 'video' | 'audio' | 'file';

interface Props {
  /** Largest upload of each kind, in bytes. */
  limits: Record<Kind, number>;
  /** "2 GB", … as the server words them. */
  limitLabels: Record<Kind, string>;
  endpoint: string;
  /** Bytes per PATCH request. */
  chunkBytes: number;
}

const KINDS: { value: Kind; label: string; accept: string; hint: string }[] = [
  {
    value: 'video',
    label: 'Video',
    accept: 'video/*,.mp4,.mov,.webm,.mkv',
    hint: 'MP4, MOV, WebM or MKV. It is converted for the web after the upload.',
  },
  {
    value: 'audio',
    label: 'Audio',
    accept: 'audio/*,.mp3,.m4a,.aac,.wav,.ogg,.opus,.flac',
    hint: 'MP3, M4A/AAC, WAV, OGG/Opus or FLAC. Loudness is evened out after the upload.',
  },
  {
    value: 'file',
    label: 'File',
    accept: '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.epub,.csv,.txt',
    hint: 'PDF, Word, Excel, PowerPoint, OpenDocument, EPUB, CSV or plain text, offered to readers as a download.',
  },
];

const size = (bytes: number) => {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
};

/** The server's refusal (its body), or what went wrong on the way. */
function messageOf(error: Error | DetailedError): string {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  const body = response?.getBody()?.trim();
  if (response && body) return body;
  if (response) return `The upload was refused (status ${response.getStatus()}).`;
  return 'The connection was lost. Choose the same file and upload again: it goes on from where it stopped.';
}

export function AvUploadForm({ limits, limitLabels, endpoint, chunkBytes }: Props) {
  const [kind, setKind] = useState<Kind>('video');
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number; resumed: boolean } | null>(null);
  const [done, setDone] = useState<{ url: string; note: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = useRef<Upload | null>(null);

  const router = useRouter();
  // True once this script runs in the browser: without JavaScript the fieldset stays disabled.
  const ready = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  useEffect(() => () => void upload.current?.abort(), []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    const title = String(data.get('title') ?? '').trim();
    setError(null);
    setDone(null);
    if (!(file instanceof File) || file.size === 0) return setError('Choose a file to upload.');
    if (file.size > limits[kind])
      return setError(`That file is ${size(file.size)}; ${kind} uploads may be at most ${limitLabels[kind]}.`);
    setBusy(true);
    setProgress({ sent: 0, total: file.size, resumed: false });
    const tus = new Upload(file, {
      endpoint,
      chunkSize: chunkBytes,
      retryDelays: [0, 1000, 3000, 5000, 10000],
      removeFingerprintOnSuccess: true,
      metadata: { filename: file.name, filetype: file.type, kind, ...(title ? { title } : {}) },
      onProgress: (sent, total) => setProgress((p) => ({ sent, total, resumed: p?.resumed ?? false })),
      onError: (err) => {
        setBusy(false);
        setError(messageOf(err));
      },
      onSuccess: ({ lastResponse }) => {
        setBusy(false);
        const url = lastResponse.getHeader('Media-Url');
        if (!url || !url.startsWith('/admin/media/')) {
          setError('The upload finished, but the server did not say where the item is: find it in the library.');
          return;
        }
        setDone({ url, note: lastResponse.getHeader('Media-Note') ?? '' });
        router.push(`${url}?uploaded=1`);
      },
    });
    upload.current = tus;
    // An upload of the same file that stopped before (a dropped connection, a closed tab) goes on where it stopped.
    const previous = await tus.findPreviousUploads().catch(() => []);
    if (previous.length) {
      tus.resumeFromPreviousUpload(previous[0]);
      setProgress({ sent: 0, total: file.size, resumed: true });
    }
    tus.start();
  }

  const percent = progress && progress.total ? Math.floor((progress.sent / progress.total) * 100) : 0;
  const current = KINDS.find((k) => k.value === kind)!;

  return (
    <form onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4">
      <noscript>
        <p className="rounded border border-line p-3 font-semibold">
          JavaScript is required for large uploads (video, audio and files): they are sent in resumable chunks. Pictures
          can be uploaded without it, above.
        </p>
      </noscript>
      <FormMessage message={error} />
      <fieldset disabled={!ready || busy} className="flex flex-col gap-4">
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 font-semibold">What is it?</legend>
          {KINDS.map((k) => (
            <label key={k.value} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={k.value}
                checked={kind === k.value}
                onChange={() => setKind(k.value)}
              />
              {k.label}
            </label>
          ))}
        </fieldset>
        <Field id="av-file" label="Choose the file" hint={`${current.hint} At most ${limitLabels[kind]}.`}>
          <input
            id="av-file"
            name="file"
            type="file"
            required
            accept={current.accept}
            aria-describedby="av-file-hint"
          />
        </Field>
        <Field id="av-title" label="Title" hint="Optional: the file name is used without one.">
          <input id="av-title" name="title" maxLength={200} className={INPUT_CLASS} aria-describedby="av-title-hint" />
        </Field>
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-6 font-semibold text-brand-fg">
          {busy ? 'Sending…' : 'Send to the library'}
        </button>
      </fieldset>
      {progress ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="av-progress" className="font-semibold">
            {progress.resumed ? 'Upload (resumed)' : 'Upload'}
          </label>
          <progress id="av-progress" max={100} value={percent} className="w-full" />
          <p aria-live="polite" className="text-sm">
            {percent} % — {size(progress.sent)} of {size(progress.total)}
          </p>
        </div>
      ) : null}
      {done ? (
        <p role="status" className="rounded border border-line p-3 font-semibold">
          Uploaded. {done.note} <a href={`${done.url}?uploaded=1`}>Open the item</a>
        </p>
      ) : null}
    </form>
  );
}
