import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

let costN = N;

/**
 * Only for the bulk generator of benchmark data (bench/seed-large.ts): scrypt at full cost takes about 40 ms, and
 * ten years of storage slips would take days. Each hash records its own N, so hashes made cheaper still verify.
 */
export function setHashCostForBulkGeneration(n: number): void {
  costN = n;
}

/** Salted scrypt: `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking old hashes. */
export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_LENGTH, { N: costN, r: R, p: P });
  return `scrypt$${costN}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** The same hash computed in libuv's thread pool: about 40 ms of scrypt that would otherwise block the main thread. */
export function hashPinOffThread(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const n = costN;
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_LENGTH, { N: n, r: R, p: P }, (error, hash) =>
      error ? reject(error) : resolve(`scrypt$${n}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`),
    ),
  );
}

/** The same check with scrypt in libuv's thread pool, for checks a clerk makes all day (claim codes). */
export function pinMatchesOffThread(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return Promise.resolve(false);
  const expected = Buffer.from(hash, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  return new Promise((resolve, reject) =>
    scrypt(pin, Buffer.from(salt, 'base64'), expected.length, options, (error, actual) =>
      error ? reject(error) : resolve(timingSafeEqual(actual, expected)),
    ),
  );
}

/** Results of PIN comparisons made ahead in the thread pool for the call being served (see `precheckPins`). */
const prechecked = new Map<string, boolean>();
const precheckKey = (pin: string, stored: string) => `${stored}\u0000${pin}`;

/**
 * Compares PINs in the thread pool before a synchronous service asks `pinMatches` about them, so a login or an
 * approval does not hold the main thread for 40 ms of scrypt. Returns the clean-up to run when the call is over.
 */
export async function precheckPins(pairs: { pin: string; stored: string }[]): Promise<() => void> {
  const keys = await Promise.all(
    pairs.map(async ({ pin, stored }) => {
      const key = precheckKey(pin, stored);
      // A hash this cannot read is left to `pinMatches`, which answers as it always did.
      const matches = await pinMatchesOffThread(pin, stored).catch(() => undefined);
      if (matches !== undefined) prechecked.set(key, matches);
      return key;
    }),
  );
  return () => {
    for (const key of keys) prechecked.delete(key);
  };
}

export function pinMatches(pin: string, stored: string): boolean {
  const known = prechecked.get(precheckKey(pin, stored));
  if (known !== undefined) return known;
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}
