/**
 * What `npm run db:backup -- FILE` and `npm run db:restore -- FILE` share: reading the one FILE
 * argument, showing paths, and turning a refusal (BackupError) into a one-line message.
 */
import path from 'node:path';
import { BackupError } from '@/db/backup';

/** A path relative to the working directory when it is inside it, else absolute. */
export function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** Runs `command` with the single FILE argument; wrong arguments print `usage` and exit 2. */
export function runWithFile(name: string, usage: string, command: (file: string) => Promise<void>): void {
  const [file, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
  if (!file || rest.length || file.startsWith('-')) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  command(file).catch((error: unknown) => {
    console.error(error instanceof BackupError ? `${name} refused: ${error.message}` : error);
    process.exit(1);
  });
}
