import { type Claim, newClaimOffThread } from './slips';

/**
 * Claim codes hashed ahead of time. scrypt at full cost takes about 40 ms (so a stolen backup does not give codes
 * away); a code hashed in the background while the clerk was typing makes a deposit as quick as every other save.
 * The codes exist only in this process's memory until a slip takes one; those left when the app closes are never
 * given out. Deposits faster than one per ~20 ms (never at a counter) wait for a fresh hash, as before.
 */
export class ClaimPool {
  private readonly ready: Claim[] = [];
  private filling = false;

  constructor(private readonly size = 3) {}

  /** Starts hashing so the first deposit of the day finds a code ready. */
  warm(): void {
    if (this.filling || this.ready.length >= this.size) return;
    this.filling = true;
    void this.fill().finally(() => {
      this.filling = false;
    });
  }

  async take(): Promise<Claim> {
    const claim = this.ready.shift() ?? (await newClaimOffThread());
    this.warm();
    return claim;
  }

  private async fill(): Promise<void> {
    try {
      while (this.ready.length < this.size) this.ready.push(await newClaimOffThread());
    } catch {
      // A failed hash leaves the pool short; `take` hashes one itself then.
    }
  }
}
