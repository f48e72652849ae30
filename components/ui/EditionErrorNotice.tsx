'use client';
// Runs in the browser because Next's error boundaries are client components: it says the apology in the edition the address names.
import { NextIntlClientProvider, useTranslations } from 'next-intl';
import { useParams } from 'next/navigation';
import { editionPath, editions } from '@/lib/editions';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { ErrorNotice } from './ErrorNotice';

// Only the "Errors" words travel to the browser. A boundary cannot await a catalogue, so these are
// imported here; an edition missing from this list shows its error page in the default edition's words.
const WORDS: Record<string, { Errors: typeof en.Errors }> = {
  en: { Errors: en.Errors },
  ru: { Errors: ru.Errors },
  ar: { Errors: ar.Errors },
};

/** The error boundaries' notice (app/[edition]/(site)/error.tsx, (account)/error.tsx) in the page's edition. */
export function EditionErrorNotice({ digest, reset }: { digest?: string; reset?: () => void }) {
  const code = editions.find(useParams<{ edition?: string }>()?.edition)?.code ?? editions.default.code;
  const locale = WORDS[code] ? code : editions.default.code;
  return (
    <NextIntlClientProvider locale={locale} messages={WORDS[locale]} timeZone={editions.get(locale).timeZone}>
      <Notice digest={digest} reset={reset} home={editionPath(code, '/')} />
    </NextIntlClientProvider>
  );
}

function Notice({ digest, reset, home }: { digest?: string; reset?: () => void; home: string }) {
  const t = useTranslations('Errors');
  return (
    <ErrorNotice
      digest={digest}
      reset={reset}
      words={{
        title: t('title'),
        body: t('body'),
        retry: t('retry'),
        home: t('home'),
        reference: (d) => t('reference', { digest: d }),
        homeHref: home,
      }}
    />
  );
}
