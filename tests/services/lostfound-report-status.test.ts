import { describe, expect, it } from 'vitest';
import { claimItem, matchCandidates, registerItem, reportLoss, voidReport } from '../../electron/services/lostfound';
import { claimInput, lossReportInput, registerItemInput } from '../../shared/contract/lostfound';
import { freshDesk, type TestDesk } from '../helpers/db';
import { HOUR } from '../helpers/storage';

// The loss-report panel offers found items only for a report still searched for: one already found, or voided,
// is matched against nothing (before, a found report still listed the held umbrellas as candidates).

const umbrella = (desk: TestDesk, description: string) =>
  registerItem(
    desk.ctx,
    desk.clerkByRole('clerk'),
    registerItemInput.parse({
      category: 'umbrella',
      description,
      colour: '黑色',
      foundPlace: '三楼女装区',
      finderKind: 'cleaner',
      storagePlace: '失物柜 A',
    }),
  );

const report = (desk: TestDesk) =>
  reportLoss(
    desk.ctx,
    desk.clerkByRole('clerk'),
    lossReportInput.parse({
      reporterName: '赵敏',
      phone: '13912345678',
      category: 'umbrella',
      description: '黑色长柄伞',
      lostPlace: '三楼',
      lostFrom: desk.clock.now() - 2 * HOUR,
      lostTo: desk.clock.now(),
    }),
  );

describe('candidates of a loss report by its status', () => {
  it('matches an open report, and nothing once it is found or voided', async () => {
    const desk = await freshDesk();
    const first = umbrella(desk, '黑色长柄雨伞');
    umbrella(desk, '黑色折叠伞');
    const found = report(desk);
    const voided = report(desk);
    expect(matchCandidates(desk.ctx, found.id)).toHaveLength(2);
    claimItem(
      desk.ctx,
      desk.clerkByRole('clerk'),
      claimInput.parse({
        id: first.id,
        version: first.version,
        claimantName: '赵敏',
        phone: '13912345678',
        idType: 'resident_id',
        idNumber: '11010519491231002X',
        claimDescription: '黑色长柄伞',
        reportId: found.id,
      }),
    );
    // The other umbrella is still held and would match the words; the found report offers it no more.
    expect(matchCandidates(desk.ctx, found.id)).toEqual([]);
    expect(matchCandidates(desk.ctx, voided.id)).toHaveLength(1);
    voidReport(desk.ctx, desk.clerkByRole('lead'), { id: voided.id, reason: '重复登记' });
    expect(matchCandidates(desk.ctx, voided.id)).toEqual([]);
  });
});
