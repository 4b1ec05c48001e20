import { describe, expect, it } from 'vitest';
import {
  createFile,
  listRevisits,
  planDue,
  planRevisit,
  saveRule,
  updateFile,
} from '../../electron/services/customers';
import { arriveOrder, completeOrder, dispatchOrder } from '../../electron/services/repairs';
import {
  createCustomerInput,
  planRevisitInput,
  revisitRuleInput,
  updateCustomerInput,
} from '../../shared/contract/customers';
import { completeRepairInput } from '../../shared/contract/repairs';
import { freshDesk, type TestDesk } from '../helpers/db';
import { addTeam, fileOrder } from '../helpers/repairs';
import { DAY } from '../helpers/storage';

/**
 * 回访计划 (issue 12): the plan list's filter takes pinyin initials as the other lists do. A plan has no search entry
 * of its own; the customer file it is for, or the record it follows up, offers it.
 */

function fileWithVisit(desk: TestDesk, name: string, phone: string) {
  const clerk = desk.clerkByRole('clerk');
  const file = createFile(desk.ctx, clerk, createCustomerInput.parse({ name, phones: [{ phone }] }));
  planRevisit(
    desk.ctx,
    clerk,
    planRevisitInput.parse({ customerId: file.id, dueAt: desk.clock.now() + DAY, reason: '回访满意度' }),
  );
  return file;
}

/** A repair reported by someone with no customer file, completed now, and the visit the rule plans after it. */
function repairFollowedUp(desk: TestDesk, reporterName: string, phone: string) {
  saveRule(desk.ctx, desk.clerkByRole('supervisor'), revisitRuleInput.parse({ kind: 'after_repair', days: 1 }));
  const clerk = desk.clerkByRole('clerk');
  const team = addTeam(desk);
  const order = fileOrder(desk, { reporterName, phone });
  dispatchOrder(desk.ctx, clerk, { id: order.id, teamId: team.id, note: '' });
  arriveOrder(desk.ctx, clerk, { id: order.id });
  completeOrder(
    desk.ctx,
    clerk,
    completeRepairInput.parse({ id: order.id, workDone: '换阀门', materials: '', fee: '', customerConfirmed: true }),
  );
  expect(planDue(desk.ctx, clerk).planned).toBe(1);
}

const planned = (desk: TestDesk, text: string) =>
  listRevisits(desk.ctx, { filter: 'planned', text, limit: 50 })
    .map((p) => p.name)
    .sort();

describe('revisit plans filtered by pinyin initials', () => {
  it('finds 张三 by zs and 李四 by ls, through the file or the repair followed up; never the other one', async () => {
    const desk = await freshDesk();
    fileWithVisit(desk, '张三', '13812345678');
    fileWithVisit(desk, '李四', '13812345670');
    repairFollowedUp(desk, '王芳', '13912340000');
    expect(planned(desk, '')).toEqual(['张三', '李四', '王芳'].sort());
    expect(planned(desk, 'zs')).toEqual(['张三']);
    expect(planned(desk, 'ZS')).toEqual(['张三']);
    expect(planned(desk, 'ls')).toEqual(['李四']);
    // No customer file: the repair's own search entry offers the plan.
    expect(planned(desk, 'wf')).toEqual(['王芳']);
    // The bad cases: initials of someone else, one letter, and what is typed as characters still matches as typed.
    expect(planned(desk, 'ls')).not.toContain('张三');
    expect(planned(desk, 'zl')).toEqual([]);
    expect(planned(desk, 'z')).toEqual([]);
    expect(planned(desk, '张三')).toEqual(['张三']);
    expect(planned(desk, '5670')).toEqual(['李四']);
  });

  it('follows the file: a file renamed is found by its new name and initials, not the old ones', async () => {
    const desk = await freshDesk();
    const file = fileWithVisit(desk, '张三', '13812345678');
    updateFile(
      desk.ctx,
      desk.clerkByRole('clerk'),
      updateCustomerInput.parse({
        id: file.id,
        version: file.version,
        name: '赵敏',
        phones: [{ phone: '13812345678' }],
      }),
    );
    expect(planned(desk, '赵敏')).toEqual(['赵敏']);
    expect(planned(desk, 'zm')).toEqual(['赵敏']);
    expect(planned(desk, 'zs')).toEqual([]);
  });
});
