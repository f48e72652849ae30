import { BookmarkIcon } from '@/components/icons/Icons';

/** What an anonymous reader sees where the bookmark button goes: a way to sign in and come back. */
export function BookmarkSignIn({ returnTo }: { returnTo: string }) {
  return (
    <a href={`/signin?next=${encodeURIComponent(returnTo)}`} className="bookmark bookmark--signin" rel="nofollow">
      <BookmarkIcon />
      <span>Sign in to bookmark</span>
    </a>
  );
}
