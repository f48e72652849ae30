// next-intl checks every message key against the English catalogue at compile time.
import type { Messages } from '@/lib/i18n/catalogues';

declare module 'next-intl' {
  interface AppConfig {
    Messages: Messages;
  }
}
