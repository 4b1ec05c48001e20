import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Sqlite } from '../../../db/open';

/**
 * The site server's password must not sit in clear in the data file (nor in its backups, which are copies of it):
 * it is kept encrypted with AES-256-GCM under a key in a file beside the data file, readable by this user only
 * (0600; on Windows the data folder's own permissions apply). A backup restored on another PC has no key: the
 * password cannot be read there and a supervisor enrols that PC again.
 */
export const KEY_FILE = 'sync-credentials.key';
const PREFIX = 'enc:v1:';

/** The key of a desk whose data file has no folder (an in-memory database): held for this process only. */
let processKey: Buffer | null = null;

export function keyFileOf(sqlite: Sqlite): string | null {
  return path.isAbsolute(sqlite.name) ? path.join(path.dirname(sqlite.name), KEY_FILE) : null;
}

function readKey(file: string): Buffer | null {
  try {
    const key = fs.readFileSync(file);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  }
}

function key(sqlite: Sqlite, create: boolean): Buffer | null {
  const file = keyFileOf(sqlite);
  if (!file) {
    if (!processKey && create) processKey = randomBytes(32);
    return processKey;
  }
  const existing = readKey(file);
  if (existing || !create) return existing;
  try {
    // 'wx': two processes creating it at once keep the first one's key.
    fs.writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  fs.chmodSync(file, 0o600);
  return readKey(file);
}

export function isEncrypted(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

export function encryptSecret(sqlite: Sqlite, clear: string): string {
  const k = key(sqlite, true);
  if (!k) throw new Error('no key for the sync credentials');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', k, iv);
  const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
  return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
}

/** The clear secret, or null when it cannot be read here (no key on this PC, or not this PC's key). */
export function decryptSecret(sqlite: Sqlite, stored: string): string | null {
  if (!isEncrypted(stored)) return stored;
  const [iv, tag, body] = stored.slice(PREFIX.length).split(':');
  const k = key(sqlite, false);
  if (!k || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
