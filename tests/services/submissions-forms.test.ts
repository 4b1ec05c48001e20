import { describe, expect, it } from 'vitest';
import type { LoanItemView, LoanKindView } from '../../shared/contract/loans';
import { data, failure } from '../helpers/ipc';
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
    for (const [channel, table, input, tab] of forms) {
      const key = `form-${channel.replace(':', '-')}-0001`;
      const before = desk.count(`select count(*) from ${table}`);
      data(await desk.dispatch(channel, { ...input, __submission: key }, tab));
      const entries = desk.count('select count(*) from audit_log');
      expect(failure(await desk.dispatch(channel, { ...input, __submission: key }, tab)), channel).toMatchObject({
        code: 'conflict',
        messageKey: 'errors.alreadySaved',
      });
      expect(desk.count(`select count(*) from ${table}`), channel).toBe(before + 1);
      expect(desk.count('select count(*) from audit_log'), channel).toBe(entries);
    }
  });
  it('announcements, renovation applications and worker passes', async () => {
    const desk = await twoTabs();
    const forms: [string, string, object][] = [
      ['announcements:log', 'announcements', { kind: 'notice', text: '本商场将于22:00闭店', requesterName: '物业' }],
      [
        'renovations:apply',
        'renovations',
        {
          unit: '3 栋 1202',
          ownerName: '周业主',
          ownerPhone: '13900001111',
          contractor: '锦华装饰工程有限公司',
          foreman: '赵师傅',
          foremanPhone: '13700001234',
          work: '厨卫改造，更换地砖，不动承重墙',
          startDate: '2026-11-25',
          endDate: '2026-12-20',
          deposit: '3000',
          fee: '200',
          documents: [],
        },
      ],
      [
        'passes:issue',
        'passes',
        {
          kind: 'worker',
          holderName: '赵师傅',
          phone: '13700001234',
          idType: 'resident_id',
          idNumber: '11010519491231002X',
          company: '锦华装饰工程有限公司',
          unit: '3 栋 1202',
          validFrom: '2026-11-24',
          validTo: '2026-12-24',
          deposit: '100',
          fee: '10',
        },
      ],
    ];
    for (const [channel, table, input] of forms) {
      const key = `form-${channel.replace(':', '-')}-0002`;
      const before = desk.count(`select count(*) from ${table}`);
      data(await desk.dispatch(channel, { ...input, __submission: key }, TAB_A));
      const entries = desk.count('select count(*) from audit_log');
      expect(failure(await desk.dispatch(channel, { ...input, __submission: key }, TAB_A)), channel).toMatchObject({
        code: 'conflict',
        messageKey: 'errors.alreadySaved',
      });
      expect(desk.count(`select count(*) from ${table}`), channel).toBe(before + 1);
      expect(desk.count('select count(*) from audit_log'), channel).toBe(entries);
      // A new form (a new key) is a new record.
      data(await desk.dispatch(channel, { ...input, __submission: `${key}-next` }, TAB_A));
      expect(desk.count(`select count(*) from ${table}`), channel).toBe(before + 2);
    }
  });
});
