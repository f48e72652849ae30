import { useTranslations } from 'next-intl';
import { BookmarkIcon } from '@/components/icons/Icons';
import { editionPath } from '@/lib/editions';
import { useEdition } from '@/lib/i18n/edition';

/** What an anonymous reader sees where the bookmark button goes: a way to sign in (in this edition) and come back. */
export function BookmarkSignIn({ returnTo }: { returnTo: string }) {
  const t = useTranslations('Article');
  const signIn = editionPath(useEdition().code, '/signin');
  return (
    <a href={`${signIn}?next=${encodeURIComponent(returnTo)}`} className="bookmark bookmark--signin" rel="nofollow">
      <BookmarkIcon />
      <span>{t('signInToBookmark')}</span>
    </a>
  );
}
