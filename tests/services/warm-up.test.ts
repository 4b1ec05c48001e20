import { describe, expect, it } from 'vitest';
import { warmUp } from '../../electron/app/warm-up';
import { contract } from '../../shared/contract/registry';

describe('warm-up after start', () => {
  it('parses every channel schema once, a few per turn, so other work runs between', async () => {
    let turns = 0;
    let counting = true;
    const counter = (async () => {
      while (counting) {
        await new Promise((resolve) => setImmediate(resolve));
        turns += 1;
      }
    })();
    const parsed = await warmUp();
    counting = false;
    await counter;
    expect(parsed).toBe(Object.keys(contract).length);
    expect(turns).toBeGreaterThanOrEqual(Math.floor(parsed / 4));
  });

  it('stops when the desk closes', async () => {
    let asked = 0;
    expect(await warmUp(() => ++asked > 2)).toBe(8);
  });
});
