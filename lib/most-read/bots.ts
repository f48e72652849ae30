/**
 * Known bots by User-Agent: the `isbot` package's pattern (crawlers, link previewers, monitors,
 * headless browsers), kept up to date by its maintainers from several public lists and released
 * often; a hand-written regex here would age within months. A request without a User-Agent is
 * treated as a bot too: every browser sends one.
 */
import { isbot } from 'isbot';

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  return !userAgent || !userAgent.trim() || isbot(userAgent);
}
