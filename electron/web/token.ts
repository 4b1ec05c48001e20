import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const TOKEN = /^[A-Za-z0-9_-]{32,}$/;

/**
 * Browser mode's token, kept in the data folder (mode 0600, like the database beside it) so a tab opened before a
 * restart keeps working: a new token per run left such a tab with an empty clerk list and every call refused.
 * Deleting the file makes a new token at the next start, which shuts out every tab opened with the old one.
 */
export function persistentToken(dataDir: string): string {
  const file = path.join(dataDir, 'web-token');
  try {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (TOKEN.test(kept)) {
      fs.chmodSync(file, 0o600);
      return kept;
    }
  } catch {
    // none yet: made below
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, token, { mode: 0o600 });
  fs.renameSync(temp, file);
  return token;
}
