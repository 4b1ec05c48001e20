import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { receptionSecrets } from '../../../db/schema';
import { maskIdNumber, normaliseIdNumber } from '../../../shared/contract/reception-fields';
import type { ServiceContext } from '../context';

const KEY_NAME = 'id_hash_key';

/**
 * The per-database HMAC key, created on first use. A plain hash of an 18-digit ID is easy to reverse by trying
 * every birth date and sequence, so the hash is keyed with a secret that never leaves this database.
 */
function idHashKey(ctx: ServiceContext): Buffer {
  const found = ctx.db.select().from(receptionSecrets).where(eq(receptionSecrets.name, KEY_NAME)).get();
  if (found) return Buffer.from(found.value, 'base64');
  const value = randomBytes(32).toString('base64');
  ctx.db
    .insert(receptionSecrets)
    .values({ name: KEY_NAME, value, createdAt: ctx.clock.now() })
    .onConflictDoNothing()
    .run();
  const stored = ctx.db.select().from(receptionSecrets).where(eq(receptionSecrets.name, KEY_NAME)).get();
  return Buffer.from(stored?.value ?? value, 'base64');
}

export { normaliseIdNumber };

/** Keyed HMAC-SHA256 of the normalised number: lets the watch list and returning visitors match without the number. */
export function hashIdNumber(ctx: ServiceContext, idNumber: string): string {
  return createHmac('sha256', idHashKey(ctx)).update(normaliseIdNumber(idNumber)).digest('hex');
}

/** What is stored for a typed ID number: never the number itself. */
export function protectIdNumber(ctx: ServiceContext, idNumber: string): { idMasked: string; idHash: string | null } {
  const id = normaliseIdNumber(idNumber);
  if (!id) return { idMasked: '', idHash: null };
  return { idMasked: maskIdNumber(id), idHash: hashIdNumber(ctx, id) };
}
