/**
 * The message catalogues (messages/{code}.json), one per edition. English is the reference: the
 * others have exactly its keys (tests/unit/catalogues.test.ts fails on a missing or unused key).
 */
import fs from 'node:fs';
import path from 'node:path';
import type en from '@/messages/en.json';

export type Messages = typeof en;

export async function catalogue(code: string): Promise<Messages> {
  return (await import(`../../messages/${code}.json`)).default as Messages;
}

const loaded = new Map<string, Messages>();

/**
 * A catalogue read synchronously, for code that cannot await (the automatic fronts' container
 * titles, built inside a cached read). Read once per process from messages/ beside the app.
 */
export function catalogueSync(code: string): Messages {
  let messages = loaded.get(code);
  if (!messages) {
    messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${code}.json`), 'utf8')) as Messages;
    loaded.set(code, messages);
  }
  return messages;
}
