/**
 * Sending e-mail. With `SMTP_URL` set (smtp://user:pass@host:587, smtps://… for TLS from the
 * start) messages go out through nodemailer; without it they stay in the outbox (the
 * `mail_outbox` table, read by administrators at /admin/outbox) with a log line, so `npm start`
 * needs no mail server. Either way the message is stored first: a failed send keeps it there
 * with its error instead of losing it. Sending happens after the answer (no await in the request),
 * so how long a mail server takes tells nobody whether an address has an account.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { insertOutboxMessage, settleOutboxMessage } from '@/db/queries/mail';
import { log } from '@/lib/log';
import { SITE } from '@/lib/site';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What the message is for (`reset`, `verify`): the outbox list and the log say it. */
  kind: string;
}

let transport: { url: string; transporter: Transporter } | undefined;

/** The SMTP transport for SMTP_URL, made once (and again if the variable changes), or null without one. */
function smtp(): Transporter | null {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return null;
  if (transport?.url !== url) {
    transport = {
      url,
      // Short timeouts: a mail server that is down fails the send in seconds, and the message
      // stays in the outbox with the error.
      transporter: nodemailer.createTransport({
        url,
        connectionTimeout: 5_000,
        greetingTimeout: 5_000,
        socketTimeout: 15_000,
      }),
    };
  }
  return transport.transporter;
}

/** The From address: MAIL_FROM, else no-reply at the site's host. */
export function mailFrom(): string {
  if (process.env.MAIL_FROM) return process.env.MAIL_FROM;
  let host = 'localhost';
  try {
    host = new URL(process.env.SITE_URL || 'http://localhost').hostname;
  } catch {
    // a malformed SITE_URL is reported elsewhere; the address only needs a host
  }
  return `"${SITE.name}" <no-reply@${host}>`;
}

const inFlight = new Set<Promise<void>>();

/** Resolves when every send started so far has finished (tests; a graceful shutdown). */
export async function settleMail(): Promise<void> {
  while (inFlight.size) await Promise.all([...inFlight]);
}

/**
 * Stores `message` and sends it when SMTP is configured (in the background). Returns the
 * outbox id. The log line names the recipient and the kind, never the body (it holds a link).
 */
export function sendMail(message: MailMessage, now = new Date()): number {
  const transporter = smtp();
  const id = insertOutboxMessage({ ...message, status: transporter ? 'sending' : 'outbox', now });
  if (!transporter) {
    log.info(
      { mail: id, to: message.to, kind: message.kind, subject: message.subject },
      'mail kept in the outbox (no SMTP_URL): read it at /admin/outbox',
    );
    return id;
  }
  const sending = transporter
    .sendMail({ from: mailFrom(), to: message.to, subject: message.subject, text: message.text, html: message.html })
    .then(
      () => {
        settleOutboxMessage(id, { sent: true, at: new Date() });
        log.info({ mail: id, to: message.to, kind: message.kind }, 'mail sent');
      },
      (err: unknown) => {
        const error = err instanceof Error ? err.message : String(err);
        settleOutboxMessage(id, { sent: false, error });
        log.warn({ mail: id, to: message.to, kind: message.kind, error }, 'mail not sent: kept in the outbox');
      },
    )
    .finally(() => inFlight.delete(sending));
  inFlight.add(sending);
  return id;
}
