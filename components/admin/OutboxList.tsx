import type { OutboxMessage } from '@/lib/mail/outbox';
import { formatDateTime } from '@/lib/format';

const STATUS: Record<OutboxMessage['status'], string> = {
  outbox: 'Not sent (no SMTP)',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Not sent: failed',
};

/** The mail outbox, newest first (/admin/outbox): each message with its plain-text body. */
export function OutboxList({ messages }: { messages: OutboxMessage[] }) {
  return (
    <ol className="mt-4 flex flex-col gap-4">
      {messages.map((m) => (
        <li key={m.id}>
          <article aria-labelledby={`mail-${m.id}`} className="rounded border border-line p-4">
            <h2 id={`mail-${m.id}`} dir="auto" className="text-lg font-bold break-words">
              {m.subject}
            </h2>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="font-semibold">To</dt>
              <dd className="break-all">{m.to}</dd>
              <dt className="font-semibold">When</dt>
              <dd>
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
              </dd>
              <dt className="font-semibold">Status</dt>
              <dd>
                {STATUS[m.status]}
                {m.error ? <span className="text-muted-fg"> — {m.error}</span> : null}
              </dd>
            </dl>
            {m.text ? (
              // Each line takes its own direction: an Arabic message reads right to left, its link left to right.
              <pre
                dir="auto"
                className="mt-3 overflow-x-auto rounded bg-surface p-3 text-sm whitespace-pre-wrap break-words [unicode-bidi:plaintext]"
              >
                {m.text}
              </pre>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
