/**
 * What the reader account forms tell a reader, by key. The form posts (app/reader/*) put the KEY
 * in the address they send the reader back to, never the words: the page (in the reader's edition)
 * reads the words from its catalogue ("Account.errors"), and an address cannot make a page show
 * text of a stranger's choosing. English here is for the functions' own callers and tests.
 */
import { PASSWORD_RULES } from '@/lib/auth/password';
import { editionPath, editions } from '@/lib/editions';

export const READER_MESSAGES = {
  emailInvalid: 'Give a valid e-mail address.',
  emailTaken: 'That address already has an account: sign in instead.',
  nameMissing: 'Tell us your name.',
  nameLong: 'Keep the name under 80 characters.',
  passwordShort: `Use at least ${PASSWORD_RULES.min} characters.`,
  passwordLong: `Use at most ${PASSWORD_RULES.max} characters.`,
  currentWrong: 'That is not your current password.',
  passwordWrong: 'That is not your password.',
  notDeleted: 'Not deleted.',
} as const;

export type ReaderMessageKey = keyof typeof READER_MESSAGES;

const byText = new Map<string, ReaderMessageKey>(
  Object.entries(READER_MESSAGES).map(([key, text]) => [text, key as ReaderMessageKey]),
);

/**
 * The key of a message given as its key or as its English words (addresses made before keys
 * were used); null for anything else, which the page then does not show.
 */
export function readerMessageKey(value: string): ReaderMessageKey | null {
  if (Object.hasOwn(READER_MESSAGES, value)) return value as ReaderMessageKey;
  return byText.get(value) ?? null;
}

/** The edition a reader form was sent from (its hidden `edition` field); the default one otherwise. */
export function formEdition(form: FormData): string {
  const code = form.get('edition');
  return (typeof code === 'string' && editions.find(code)?.code) || editions.default.code;
}

/** `path` in the edition the form came from: the account pages answer in the reader's language. */
export const inFormEdition = (form: FormData, path: string) => editionPath(formEdition(form), path);
