'use client';
// Runs in the browser because Next requires error boundaries to be client components. It shows
// no internals: never the error's message or stack (components/ui/ErrorNotice.tsx).
import { ErrorNotice } from '@/components/ui/ErrorNotice';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice digest={error.digest} reset={reset} />;
}
