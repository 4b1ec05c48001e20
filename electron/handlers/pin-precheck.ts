import type { ServiceContext } from '../services/context';
import { precheckPins } from '../services/pin';

type Node = Record<string, unknown>;

/** The (clerk, PIN) pairs a call's input carries: login and unlock, the incoming clerk, approvals at the counter. */
export function pinPairs(input: unknown, found: { clerkId: string; pin: string }[] = [], depth = 0): typeof found {
  if (depth > 4 || input === null || typeof input !== 'object' || Array.isArray(input)) return found;
  const node = input as Node;
  const pin = typeof node.pin === 'string' ? node.pin : node.approverPin;
  const clerkId = typeof node.clerkId === 'string' ? node.clerkId : node.approverId;
  if (typeof pin === 'string' && pin && typeof clerkId === 'string') found.push({ clerkId, pin });
  for (const value of Object.values(node)) pinPairs(value, found, depth + 1);
  return found;
}

/**
 * Compares every PIN in a call's input off the main thread before the service runs; the service's own check then
 * finds the answer ready. A PIN the walk does not find is still checked, on the main thread, as before.
 */
export function precheckPinsIn(ctx: ServiceContext, input: unknown): Promise<() => void> {
  const pairs = pinPairs(input);
  if (pairs.length === 0) return Promise.resolve(() => undefined);
  const hashOf = ctx.sqlite.prepare('select pin_hash from clerks where id = ?').pluck();
  const withHashes = pairs.flatMap(({ clerkId, pin }) => {
    const stored = hashOf.get(clerkId) as string | undefined;
    return stored ? [{ pin, stored }] : [];
  });
  return precheckPins(withHashes);
}
