import { expect } from 'vitest';
import { demoPin } from './db';
import { data, failure, startIpcDesk } from './ipc';

export const TAB_A = 'tab:a';
export const TAB_B = 'tab:b';
/** Supervisors' tabs: 张伟 in tab:c, 陈静 in tab:d (after `supervisorTabs`). */
export const TAB_C = 'tab:c';
export const TAB_D = 'tab:d';

/** Two tabs: 王芳 (clerk) in one, 李娜 (lead) in the other. */
export async function twoTabs() {
  const desk = await startIpcDesk();
  desk.clock.advance(7_250);
  data(await desk.dispatch('session:login', { clerkId: await desk.idOf('K001'), pin: demoPin('clerk') }, TAB_A));
  data(await desk.dispatch('session:login', { clerkId: await desk.idOf('K002'), pin: demoPin('lead') }, TAB_B));
  return desk;
}

export type Desk = Awaited<ReturnType<typeof twoTabs>>;

/** Two more tabs: 张伟 (supervisor) and 陈静 (manager). */
export async function supervisorTabs(desk: Desk): Promise<void> {
  data(await desk.dispatch('session:login', { clerkId: await desk.idOf('K003'), pin: demoPin('supervisor') }, TAB_C));
  data(await desk.dispatch('session:login', { clerkId: await desk.idOf('K004'), pin: demoPin('manager') }, TAB_D));
}

/** A stale change is refused naming who changed which field, writes nothing, and the record keeps the newer change. */
export async function expectStale(
  desk: Desk,
  channel: string,
  input: object,
  tab: string,
  who: string,
  fieldKey: string,
) {
  const entries = desk.count('select count(*) from audit_log');
  const stale = failure(await desk.dispatch(channel, input, tab));
  expect(stale).toMatchObject({ code: 'conflict', messageKey: 'errors.staleVersion' });
  expect(stale.changedSince?.at(-1)).toMatchObject({ clerkName: who, fieldKeys: expect.arrayContaining([fieldKey]) });
  expect(desk.count('select count(*) from audit_log')).toBe(entries);
}
