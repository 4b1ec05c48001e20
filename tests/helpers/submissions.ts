import { expect } from 'vitest';
import { data, failure } from './ipc';
import type { Desk } from './two-tabs';

/** One create form as a test sends it: its channel, the table its record lands in, its fields and the tab. */
export interface KeyedForm {
  channel: string;
  table: string;
  input: object;
  tab: string;
  /** Other tables the save writes to (a gift's stock movement, a pass's goods lines): the re-sent form adds none. */
  also?: string[];
}

/** A submission key as the renderer makes one (16 to 64 letters, digits, `-` or `_`), unique per form and test. */
export const keyOf = (channel: string, n: number) => `form-${channel.replace(':', '-')}-${String(n).padStart(4, '0')}`;

/**
 * The form sent with `key`, then sent again with the same key (its answer lost, the clerk presses Enter again):
 * the first is stored, the second is refused as already saved and writes nothing (no record, no audit entry, no
 * serial). Sent again with other fields under the same key, it is refused the same way. Returns the first answer.
 */
export async function expectStoredOnce<T>(desk: Desk, form: KeyedForm, key: string, changed?: object): Promise<T> {
  const { channel, table, input, tab } = form;
  const tables = [table, ...(form.also ?? [])];
  const rows = () => tables.map((t) => desk.count(`select count(*) from ${t}`));
  const records = desk.count(`select count(*) from ${table}`);
  const first = data<T>(await desk.dispatch(channel, { ...input, __submission: key }, tab));
  const entries = desk.count('select count(*) from audit_log');
  const written = rows();
  const serials = desk.count('select coalesce(sum(last), 0) from serial_counters');
  for (const again of changed ? [input, { ...input, ...changed }] : [input])
    expect(failure(await desk.dispatch(channel, { ...again, __submission: key }, tab)), channel).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.alreadySaved',
    });
  expect(desk.count(`select count(*) from ${table}`), channel).toBe(records + 1);
  expect(rows(), channel).toEqual(written);
  expect(desk.count('select count(*) from audit_log'), channel).toBe(entries);
  expect(desk.count('select coalesce(sum(last), 0) from serial_counters'), channel).toBe(serials);
  return first;
}

/** The same form under a new key (a new form filled in): a second record. */
export async function expectStoredAgain<T>(desk: Desk, form: KeyedForm, key: string): Promise<T> {
  const records = desk.count(`select count(*) from ${form.table}`);
  const next = data<T>(await desk.dispatch(form.channel, { ...form.input, __submission: key }, form.tab));
  expect(desk.count(`select count(*) from ${form.table}`), form.channel).toBe(records + 1);
  return next;
}
