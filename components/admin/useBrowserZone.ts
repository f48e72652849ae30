import { useSyncExternalStore } from 'react';
import { isTimeZone } from '@/lib/zoned-time';

const never = () => () => {};

/**
 * The zone the newsroom's date fields mean: the one set in My account, else the browser's. The
 * server's render (and a zone Intl cannot name) says UTC unless a profile zone is set, as the
 * no-script form posts.
 */
export function useEditorZone(profileZone: string | null): string {
  const browser = useSyncExternalStore(
    never,
    () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      return isTimeZone(zone) ? zone : 'UTC';
    },
    () => 'UTC',
  );
  return profileZone && isTimeZone(profileZone) ? profileZone : browser;
}
