import { describe, expect, it } from 'vitest';
import { pinMatches } from '../../electron/services/pin';
import { ClaimPool } from '../../electron/services/storage/claim-pool';

describe('claim codes hashed ahead of time', () => {
  it('hands out full-cost hashes that verify, each claim once, also when drained faster than it refills', async () => {
    const pool = new ClaimPool(2);
    pool.warm();
    // Five at once: two from the pool at most, the rest hashed on demand; none handed out twice.
    const claims = await Promise.all([1, 2, 3, 4, 5].map(() => pool.take()));
    expect(new Set(claims.map((c) => c.hash)).size).toBe(5);
    for (const claim of claims) {
      expect(claim.code).toMatch(/^\d{6}$/);
      expect(claim.hash.startsWith('scrypt$16384$8$1$')).toBe(true);
      expect(pinMatches(claim.code, claim.hash)).toBe(true);
      expect(pinMatches(claim.code === '999999' ? '000000' : '999999', claim.hash)).toBe(false);
    }
  });
});
