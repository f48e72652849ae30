/**
 * Components take their words from next-intl (messages/{code}.json); rendered outside a request
 * with react-dom/server they need its provider, set up as lib/i18n/request.ts does for a page:
 * the locale is the edition's code and the time zone the edition's.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { editions } from '@/lib/editions';

/** An edition's catalogue, read from disk (synchronously, unlike lib/i18n/catalogues.ts). */
export function messagesOf(code: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${code}.json`), 'utf8'));
}

/** `node` inside the edition `locale`'s messages, as a reader page of that edition renders it. */
export function withIntl(node: ReactNode, locale = 'en'): ReactNode {
  return (
    <NextIntlClientProvider locale={locale} messages={messagesOf(locale)} timeZone={editions.get(locale).timeZone}>
      {node}
    </NextIntlClientProvider>
  );
}
