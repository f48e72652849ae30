'use client';
// Runs in the browser because Next requires error boundaries to be client components. It shows
// no internals: never the error's message or stack (components/ui/ErrorNotice.tsx).
import { EditionErrorNotice } from '@/components/ui/EditionErrorNotice';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <EditionErrorNotice digest={error.digest} reset={reset} />;
}
