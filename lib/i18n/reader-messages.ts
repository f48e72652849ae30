/**
 * The reader account forms' messages (lib/readers/messages.ts) in the page's edition: a form post
 * sends the reader back with a message KEY, and the page says it from the catalogue.
 */
import { getTranslations } from 'next-intl/server';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { readerMessageKey, type ReaderMessageKey } from '@/lib/readers/messages';

/** `say(value)`: the words for a key from an address (or its old English text); null for anything else. */
export async function readerMessages(): Promise<(value: string) => string | null> {
  const t = await getTranslations('Account');
  const words: Record<ReaderMessageKey, string> = {
    emailInvalid: t('errors.emailInvalid'),
    emailTaken: t('errors.emailTaken'),
    nameMissing: t('errors.nameMissing'),
    nameLong: t('errors.nameLong'),
    passwordShort: t('errors.passwordShort', { min: PASSWORD_RULES.min }),
    passwordLong: t('errors.passwordLong', { max: PASSWORD_RULES.max }),
    currentWrong: t('errors.currentWrong'),
    passwordWrong: t('errors.passwordWrong'),
    notDeleted: t('errors.notDeleted'),
  };
  return (value) => {
    const key = value ? readerMessageKey(value) : null;
    return key ? words[key] : null;
  };
}
