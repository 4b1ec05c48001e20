import { describe, it } from 'vitest';
import type { LoanItemView, LoanKindView } from '../../shared/contract/loans';
import { data } from '../helpers/ipc';
import { renovationApplication, workerPass } from '../helpers/samples';
import { expectStoredAgain, expectStoredOnce, type KeyedForm, keyOf } from '../helpers/submissions';
import { supervisorTabs, TAB_A, TAB_C, twoTabs } from '../helpers/two-tabs';

/** Each create form of the desk, sent twice with one key (an answer lost, the clerk presses Enter again). */
describe('the create forms send a submission key: sent again, they are stored once', () => {
  it('complaints, lost and found items and reports, loans, repairs and clerks', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const now = desk.clock.now();
    const kind = data<LoanKindView>(
      await desk.dispatch('loans:saveKind', { name: '雨伞', deposit: '30', loanDays: 1, overdueFee: '1' }, TAB_C),
    );
    const item = data<LoanItemView>(await desk.dispatch('loans:saveItem', { kindId: kind.id, code: 'YS-01' }, TAB_C));
    const forms: [string, string, object, string][] = [
      [
        'complaints:create',
        'complaints',
        {
          channel: 'in_person',
          customerName: '周女士',
          phone: '13912345678',
          type: 'product',
          reason: '电饭煲不能加热',
          demand: '退货',
          urgency: 'normal',
        },
        TAB_A,
      ],
      [
        'lostfound:register',
        'lostfound_items',
        {
          category: 'umbrella',
          description: '黑色长柄雨伞',
          foundPlace: '三楼女装区',
          finderKind: 'cleaner',
          storagePlace: '失物柜 A',
        },
        TAB_A,
      ],
      [
        'lostfound:report',
        'lostfound_reports',
        {
          reporterName: '钱女士',
          phone: '13912345678',
          category: 'wallet',
          description: '棕色钱包',
          lostFrom: now - 3_600_000,
          lostTo: now,
        },
        TAB_A,
      ],
      [
        'loans:lend',
        'loans',
        { itemId: item.id, borrowerName: '孙先生', phone: '13912345678', guarantee: 'deposit' },
        TAB_A,
      ],
      [
        'repairs:create',
        'repair_orders',
        {
          locationKind: 'public',
          location: '二楼卫生间',
          category: 'plumbing_electric',
          urgency: 'normal',
          description: '水龙头漏水',
          reporterName: '吴先生',
          phone: '13912345678',
        },
        TAB_A,
      ],
      ['clerks:add', 'clerks', { name: '赵磊', employeeNo: 'K009', role: 'clerk', pin: '9090' }, TAB_C],
    ];
    for (const [channel, table, input, tab] of forms)
      await expectStoredOnce(desk, { channel, table, input, tab }, keyOf(channel, 1));
  });
  it('announcements, renovation applications and worker passes', async () => {
    const desk = await twoTabs();
    const forms: KeyedForm[] = [
      {
        channel: 'announcements:log',
        table: 'announcements',
        input: { kind: 'notice', text: '本商场将于22:00闭店', requesterName: '物业' },
        tab: TAB_A,
      },
      { channel: 'renovations:apply', table: 'renovations', input: renovationApplication, tab: TAB_A },
      { channel: 'passes:issue', table: 'passes', input: workerPass, tab: TAB_A },
    ];
    for (const form of forms) {
      await expectStoredOnce(desk, form, keyOf(form.channel, 2));
      // A new form (a new key) is a new record.
      await expectStoredAgain(desk, form, keyOf(form.channel, 3));
    }
  });
});
