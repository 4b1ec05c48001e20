import type { AnySpec, PinCheck } from '../../shared/contract/channel';
import type { ServiceContext } from '../services/context';
import { precheckPins } from '../services/pin';

/** The PINs a call carries, as its channel declares them in the contract (`pins`). */
export function pinsOf(spec: AnySpec, input: unknown): PinCheck[] {
  return (spec.pins?.(input) ?? []).filter((check): check is PinCheck => check !== null && check.pin !== '');
}

/**
 * Compares every PIN a call carries off the main thread before the service runs; the service's own check then
 * finds the answer ready. A PIN not declared by its channel is still checked by the service, on the main thread.
 */
export function precheckPinsIn(ctx: ServiceContext, pins: PinCheck[]): Promise<() => void> {
  if (pins.length === 0) return Promise.resolve(() => undefined);
  const withHashes = pins.flatMap(({ clerkId, pin }) => {
    const stored = pinHashOf(ctx, clerkId);
    return stored ? [{ pin, stored }] : [];
  });
  return precheckPins(withHashes);
}

function pinHashOf(ctx: ServiceContext, clerkId: string): string | undefined {
  const stored: unknown = ctx.sqlite.prepare('select pin_hash from clerks where id = ?').pluck().get(clerkId);
  return typeof stored === 'string' ? stored : undefined;
}
