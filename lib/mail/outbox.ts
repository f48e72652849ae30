/** The mail outbox as /admin/outbox lists it (components never read db/ themselves). */
import { listOutbox, type OutboxMessage } from '@/db/queries/mail';

export type { OutboxMessage };

export const outboxPage = (page: number, perPage: number) => listOutbox(page, perPage);

/** Whether mail goes out through SMTP (SMTP_URL) or stays in the outbox. */
export const smtpConfigured = () => Boolean(process.env.SMTP_URL?.trim());
