import { describe, expect, it } from 'vitest';
import type { Actor } from '../../electron/services/context';
import { previewHandover } from '../../electron/services/handover';
import { arriveOrder, completeOrder, followUpOrder, voidOrder } from '../../electron/services/repairs';
import { dailyReport } from '../../electron/services/reports';
import { thisCounterId } from '../../electron/services/settings';
import { openOrContinueShift } from '../../electron/services/shifts';
import { completeRepairInput, followUpRepairInput } from '../../shared/contract/repairs';
import { freshDesk, type TestDesk } from '../helpers/db';
import { addTeam, fileOrder, HOUR, MINUTE } from '../helpers/repairs';

function onShift(desk: TestDesk, role: Actor['role']): Actor {
  const base = desk.clerkByRole(role);
  const counterId = thisCounterId(desk.ctx) as string;
  const shift = openOrContinueShift(desk.ctx, { ...base, counterId }, counterId);
  return { ...base, shiftId: shift.id, counterId };
}

const done = (id: string, fee: string) =>
  completeRepairInput.parse({ id, workDone: '已修复', fee, customerConfirmed: true });

describe('work orders on the handover sheet and in the reports', () => {
  it('hands over every order not closed, marking those past their target arrival, with the phone masked', async () => {
    const desk = await freshDesk();
    const clerk = onShift(desk, 'clerk');
    const team = addTeam(desk);
    const late = fileOrder(desk, {}, clerk);
    const onTime = fileOrder(desk, { urgency: 'normal', teamId: team.id, phone: '021-55501234' }, clerk);
    const finished = fileOrder(desk, { teamId: team.id }, clerk);
    arriveOrder(desk.ctx, clerk, { id: finished.id });
    completeOrder(desk.ctx, clerk, done(finished.id, '20'));
    const voided = fileOrder(desk, {}, clerk);
    voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: voided.id, reason: '重复登记' });
    desk.clock.advance(30 * MINUTE);

    const sheet = previewHandover(desk.ctx, clerk);
    const section = sheet.sections.find((s) => s.key === 'handover.repairs.title');
    expect(section?.counts).toEqual([
      { key: 'handover.repairs.received', value: 3 },
      { key: 'handover.repairs.completed', value: 1 },
    ]);
    const items = section?.open[0]?.items ?? [];
    expect(items.map((i) => [i.serial, i.overdue])).toEqual([
      [late.serialNo, true],
      [finished.serialNo, false],
      [onTime.serialNo, false],
    ]);
    expect(items[0]?.phoneMasked).toBe('139****5678');
    expect(items[0]?.note).toContain('待派工');
    expect(items[2]?.phoneMasked).toBe('021-****1234');
  });

  it('reports counts by category and team, arrival and completion times, fees and satisfaction', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const water = addTeam(desk, '水电班');
    const air = addTeam(desk, '空调班');
    const a = fileOrder(desk, { teamId: water.id });
    const b = fileOrder(desk, { teamId: air.id, category: 'air_conditioning', urgency: 'normal' });
    fileOrder(desk, { category: 'elevator' });
    const gone = fileOrder(desk, { category: 'elevator' });
    voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: gone.id, reason: '误登' });
    desk.clock.advance(10 * MINUTE);
    arriveOrder(desk.ctx, clerk, { id: a.id });
    desk.clock.advance(20 * MINUTE);
    arriveOrder(desk.ctx, clerk, { id: b.id });
    desk.clock.advance(HOUR);
    completeOrder(desk.ctx, clerk, done(a.id, '30'));
    completeOrder(desk.ctx, clerk, done(b.id, '12.5'));
    followUpOrder(desk.ctx, clerk, followUpRepairInput.parse({ id: a.id, satisfaction: 'satisfied' }));
    followUpOrder(desk.ctx, clerk, followUpRepairInput.parse({ id: b.id, satisfaction: 'neutral' }));

    const report = await dailyReport(desk.ctx, desk.clerkByRole('lead'), '2026-11-24');
    const section = report.sections.find((s) => s.module === 'repairs');
    const figure = (key: string) => section?.figures.find((f) => f.key === `reports.repairs.${key}`)?.value;
    expect([figure('received'), figure('urgent'), figure('completed'), figure('fees')]).toEqual([3, 2, 2, 4250]);
    // a arrived after 10 minutes (target 15), b after 30 (target 8 hours): both in time.
    expect(figure('arrivedInTime')).toBe(1);
    const handling = section?.handling ?? [];
    expect(handling[0]).toMatchObject({ value: 20 * MINUTE, count: 2 });
    expect(handling[1]).toMatchObject({ value: 90 * MINUTE, count: 2 });
    const breakdown = (key: string) => section?.breakdowns.find((x) => x.key === `reports.repairs.${key}`)?.rows;
    expect(breakdown('byCategory')).toEqual([
      { key: 'air_conditioning', count: 1 },
      { key: 'elevator', count: 1 },
      { key: 'plumbing_electric', count: 1 },
    ]);
    expect(breakdown('byTeam')).toEqual([
      { key: '水电班', count: 1 },
      { key: '空调班', count: 1 },
    ]);
    expect(breakdown('bySatisfaction')).toEqual([
      { key: 'neutral', count: 1 },
      { key: 'satisfied', count: 1 },
    ]);
    // The elevator order waits past its 15 minutes and is still open.
    expect(section?.overdue.map((f) => f.value)).toEqual([3, 1]);
  });
});
