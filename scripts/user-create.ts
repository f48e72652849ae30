/**
 * `npm run user:create -- --email EMAIL --password PASSWORD --role ROLE [--editions en,ru] [--name NAME] [--author SLUG]`
 * creates a staff account in the database named by DATABASE_URL. It is the only way to make
 * the first admin: there is no default account and no default password anywhere. A role below
 * admin is held in each of `--editions` (default: every configured edition); `--role admin`
 * ignores it (an administrator holds every edition).
 */
import { DEFAULT_EDITION, editions } from '@/lib/editions';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeDb, getDb } from '@/db/client';
import { getAuthorBySlug } from '@/db/queries/articles';
import { createStaffUser, recordAudit } from '@/db/queries/staff';
import { STAFF_ROLES } from '@/db/schema';
import { hashPassword, passwordProblem } from '@/lib/auth/password';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    editions: { type: 'string' },
    name: { type: 'string' },
    author: { type: 'string' },
  },
});

const input = z
  .object({
    email: z.string().trim().toLowerCase().email('--email must be an e-mail address').max(254),
    password: z.string({ message: '--password is required' }).superRefine((pw, ctx) => {
      const problem = passwordProblem(pw);
      if (problem) ctx.addIssue({ code: 'custom', message: `--password: ${problem}` });
    }),
    role: z.enum(STAFF_ROLES, { message: `--role must be one of ${STAFF_ROLES.join(', ')}` }),
    editions: z
      .string()
      .optional()
      .transform((list) => (list === undefined ? [...editions.codes] : list.split(',').map((c) => c.trim())))
      .pipe(
        z
          .array(
            z.enum(editions.codes as [string, ...string[]], { message: `--editions: use ${editions.codes.join(',')}` }),
          )
          .min(1, '--editions names no edition'),
      ),
    name: z.string().trim().min(1).max(120).optional(),
    author: z.string().trim().optional(),
  })
  .safeParse(values);

async function main() {
  if (!input.success) {
    console.error(input.error.issues.map((i) => i.message).join('\n'));
    process.exit(2);
  }
  const { email, password, role, name, author } = input.data;
  const held = role === 'admin' ? [] : [...new Set(input.data.editions)];
  getDb(); // opens and migrates
  // Bylines of the default edition (a staff member's byline in another edition: the newsroom).
  const authorRow = author ? getAuthorBySlug(DEFAULT_EDITION, author) : null;
  if (author && !authorRow) {
    console.error(`--author: no author with slug ${author}`);
    process.exit(2);
  }
  try {
    const user = createStaffUser({
      email,
      name: name ?? authorRow?.name ?? email.split('@')[0],
      passwordHash: await hashPassword(password),
      role,
      editions: held,
      authorId: authorRow?.id ?? null,
    });
    recordAudit({
      actorId: null,
      action: 'staff.created',
      subjectType: 'staff',
      subjectId: user.id,
      details: { email, role, editions: user.editions, by: 'cli' },
    });
    console.log(`created ${role} ${email} (id ${user.id})${held.length ? ` in ${held.join(', ')}` : ''}`);
  } catch (error) {
    if (String(error).includes('UNIQUE')) {
      console.error(`an account for ${email} already exists`);
      process.exit(1);
    }
    throw error;
  } finally {
    closeDb();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
