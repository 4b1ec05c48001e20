import { describe, expect, it } from 'vitest';
import type { ClerkView } from '../../shared/contract/clerks';
import type { ComplaintDetail } from '../../shared/contract/complaints';
import type { InvoiceView } from '../../shared/contract/invoices';
import type { VisitView } from '../../shared/contract/reception';
import type { ReturnView } from '../../shared/contract/returns';
import type { NamedItem } from '../../shared/contract/settings';
import type { StorageDepositResult, StorageLocationView, StorageSlipView } from '../../shared/contract/storage';
import { demoPin } from '../helpers/db';
import { data, failure } from '../helpers/ipc';
import { type Desk, expectStale, supervisorTabs, TAB_A, TAB_B, twoTabs } from '../helpers/two-tabs';

describe('visits carry versions', () => {
  const register = async (desk: Desk) => {
    desk.clock.advance(1_234);
    return data<VisitView>(
      await desk.dispatch(
        'reception:register',
        { visitorName: '张三', phone: '13812345678', purpose: 'visit', visiting: '物业办公室' },
        TAB_A,
      ),
    );
  };

  it('an edit sends only what changed: the time in keeps its seconds', async () => {
    const desk = await twoTabs();
    const visit = await register(desk);
    expect(visit.version).toBe(1);
    expect(visit.timeIn % 60_000).not.toBe(0);
    const edited = data<VisitView>(
      await desk.dispatch('reception:update', { id: visit.id, version: 1, notes: '带了工具箱' }, TAB_A),
    );
    expect(edited).toMatchObject({ version: 2, notes: '带了工具箱', timeIn: visit.timeIn, visiting: '物业办公室' });
  });

  it('a stale edit, sign-out or void is refused naming who changed what; redone on the current version it saves', async () => {
    const desk = await twoTabs();
    const visit = await register(desk);
    data(await desk.dispatch('reception:update', { id: visit.id, version: 1, visiting: '三楼会议室' }, TAB_B));
    await expectStale(
      desk,
      'reception:update',
      { id: visit.id, version: 1, notes: '改' },
      TAB_A,
      '李娜',
      'labels.reception.fields.visits.visiting',
    );
    await expectStale(
      desk,
      'reception:signOut',
      { id: visit.id, version: 1, badgeReturned: true },
      TAB_A,
      '李娜',
      'labels.reception.fields.visits.visiting',
    );
    await expectStale(
      desk,
      'reception:void',
      { id: visit.id, version: 1, reason: '重复' },
      TAB_B,
      '李娜',
      'labels.reception.fields.visits.visiting',
    );
    const out = data<VisitView>(
      await desk.dispatch('reception:signOut', { id: visit.id, version: 2, badgeReturned: true }, TAB_A),
    );
    expect(out).toMatchObject({ version: 3, visiting: '三楼会议室' });
    expect(out.timeOut).not.toBeNull();
  });

  it('refuses a sign-out without a version, and a repair edit that leaves the place empty', async () => {
    const desk = await twoTabs();
    const visit = await register(desk);
    expect(failure(await desk.dispatch('reception:signOut', { id: visit.id, badgeReturned: true }, TAB_A)).field).toBe(
      'version',
    );
    expect(
      failure(await desk.dispatch('reception:update', { id: visit.id, version: 1, purpose: 'repair' }, TAB_A)),
    ).toMatchObject({ field: 'repairLocation', messageKey: 'errors.required' });
  });
});

describe('storage slips carry versions', () => {
  const depositBag = async (desk: Desk) => {
    const free = data<StorageLocationView[]>(await desk.dispatch('storage:locations', {}, TAB_A)).find(
      (l) => l.free && l.active,
    ) as StorageLocationView;
    desk.clock.advance(1_234);
    return data<StorageDepositResult>(
      await desk.dispatch(
        'storage:deposit',
        {
          depositorName: '赵敏',
          phone: '13812345678',
          description: '购物袋',
          pieces: 2,
          size: 'small',
          locationId: free.id,
        },
        TAB_A,
      ),
    ).slip;
  };

  it('a correction sends only what changed and keeps the expected pickup to the second', async () => {
    const desk = await twoTabs();
    const slip = await depositBag(desk);
    const edited = data<StorageSlipView>(
      await desk.dispatch('storage:update', { id: slip.id, version: slip.version, description: '两个购物袋' }, TAB_A),
    );
    expect(edited).toMatchObject({
      version: slip.version + 1,
      description: '两个购物袋',
      pieces: 2,
      expectedPickupAt: slip.expectedPickupAt,
    });
  });

  it('a stale correction or void is refused naming who changed what; on the current version it saves', async () => {
    const desk = await twoTabs();
    const slip = await depositBag(desk);
    data(await desk.dispatch('storage:update', { id: slip.id, version: slip.version, pieces: 3 }, TAB_B));
    const field = 'labels.storage.fields.storageSlips.pieces';
    await expectStale(
      desk,
      'storage:update',
      { id: slip.id, version: slip.version, description: '伞' },
      TAB_A,
      '李娜',
      field,
    );
    await expectStale(
      desk,
      'storage:void',
      { id: slip.id, version: slip.version, reason: '重复' },
      TAB_B,
      '李娜',
      field,
    );
    expect(failure(await desk.dispatch('storage:void', { id: slip.id, reason: '重复' }, TAB_B)).field).toBe('version');
    const voided = data<StorageSlipView>(
      await desk.dispatch('storage:void', { id: slip.id, version: slip.version + 1, reason: '重复' }, TAB_B),
    );
    expect(voided).toMatchObject({ pieces: 3, state: 'voided' });
  });
});

describe('invoice requests carry versions', () => {
  it('issuing, delivery and a void name the version; a stale one is refused naming who did what', async () => {
    const desk = await twoTabs();
    const shops = data<NamedItem[]>(await desk.dispatch('settings:list', { kind: 'shops' }, TAB_A));
    const request = data<InvoiceView>(
      await desk.dispatch(
        'invoices:request',
        {
          receiptNos: ['XP0001'],
          shopId: shops[0]?.id,
          purchaseDate: '2026-11-20',
          amountYuan: '88.80',
          kind: 'vat_ordinary',
          medium: 'paper',
          buyerType: 'person',
          title: '张三',
        },
        TAB_A,
      ),
    );
    const issue = { id: request.id, version: request.version, invoiceCode: '035001900111', invoiceNo: '00012345' };
    const issued = data<InvoiceView>(await desk.dispatch('invoices:issue', issue, TAB_B));
    const field = 'labels.invoices.fields.invoiceRequests.status';
    // 王芳's tab still shows the request as not issued: issuing it again or delivering is refused as stale.
    await expectStale(desk, 'invoices:issue', { ...issue, invoiceNo: '00012346' }, TAB_A, '李娜', field);
    await expectStale(
      desk,
      'invoices:deliver',
      { id: request.id, version: request.version, method: 'handed' },
      TAB_A,
      '李娜',
      field,
    );
    expect(failure(await desk.dispatch('invoices:deliver', { id: request.id, method: 'handed' }, TAB_A)).field).toBe(
      'version',
    );
    const delivered = data<InvoiceView>(
      await desk.dispatch('invoices:deliver', { id: request.id, version: issued.version, method: 'handed' }, TAB_A),
    );
    expect(delivered).toMatchObject({ status: 'delivered', invoiceNo: '00012345' });
    await expectStale(
      desk,
      'invoices:void',
      { id: request.id, version: issued.version, reason: '开错' },
      TAB_B,
      '王芳',
      field,
    );
  });
});

describe('return requests carry versions', () => {
  it('a decision or void based on an older version is refused naming who decided; nothing is written', async () => {
    const desk = await twoTabs();
    const shops = data<NamedItem[]>(await desk.dispatch('settings:list', { kind: 'shops' }, TAB_A));
    const pending = data<ReturnView>(
      await desk.dispatch(
        'returns:register',
        {
          kind: 'return',
          purchaseDate: '2026-09-01',
          qualityProblem: false,
          hasReceipt: true,
          receiptNo: 'XP2026110001',
          refundMethod: 'original',
          receiptMatches: true,
          packagingUnopened: true,
          pastShelfLife: false,
          customerName: '赵敏',
          product: '羊毛大衣',
          quantity: 1,
          shopId: shops[0]?.id,
          amountYuan: '899.00',
          reason: '尺码不合适',
          requestApproval: { reason: '老顾客' },
        },
        TAB_A,
      ),
    );
    expect(pending).toMatchObject({ approvalStatus: 'pending', version: 1 });
    const approval = { approverId: await desk.idOf('K003'), pin: demoPin('supervisor') };
    const decide = { id: pending.id, version: 1, decision: 'approve', note: '', approval };
    data(await desk.dispatch('returns:decide', decide, TAB_B));
    const field = 'labels.returns.fields.returnRequests.approvalStatus';
    await expectStale(desk, 'returns:decide', { ...decide, decision: 'reject', note: '改主意' }, TAB_A, '李娜', field);
    await expectStale(desk, 'returns:void', { id: pending.id, version: 1, reason: '录错' }, TAB_B, '李娜', field);
    expect(failure(await desk.dispatch('returns:void', { id: pending.id, reason: '录错' }, TAB_B)).field).toBe(
      'version',
    );
    const now = data<ReturnView>(await desk.dispatch('returns:get', { id: pending.id }, TAB_A));
    expect(now).toMatchObject({ approvalStatus: 'approved', version: 2 });
  });
});

describe('complaints carry versions', () => {
  it('a status change based on an older version is refused naming who moved it; the current one is kept', async () => {
    const desk = await twoTabs();
    const created = data<ComplaintDetail>(
      await desk.dispatch(
        'complaints:create',
        {
          channel: 'in_person',
          customerName: '欧阳',
          phone: '13812345678',
          type: 'product',
          reason: '电饭煲不能加热',
          demand: '退货',
          urgency: 'normal',
        },
        TAB_A,
      ),
    );
    const departments = data<NamedItem[]>(await desk.dispatch('settings:list', { kind: 'departments' }, TAB_B));
    const assign = { departmentId: departments[0]?.id, clerkId: await desk.idOf('K001') };
    const assigned = data<ComplaintDetail>(
      await desk.dispatch('complaints:assign', { id: created.id, version: created.version, ...assign }, TAB_B),
    );
    expect(assigned.version).toBe(created.version + 1);
    const field = 'labels.complaints.fields.complaints.status';
    // 王芳's tab still shows the complaint as it was: her status changes are refused, nothing written.
    for (const [channel, input] of [
      ['complaints:progress', { to: 'waiting_customer', reason: '等顾客送货' }],
      ['complaints:close', { noReturnVisitReason: '顾客不愿回访' }],
      ['complaints:decide', { accept: false, reason: '不属于本场' }],
    ] as const)
      await expectStale(desk, channel, { id: created.id, version: created.version, ...input }, TAB_A, '李娜', field);
    expect(
      failure(await desk.dispatch('complaints:progress', { id: created.id, to: 'in_progress' }, TAB_A)).field,
    ).toBe('version');
    const started = data<ComplaintDetail>(
      await desk.dispatch(
        'complaints:progress',
        { id: created.id, version: assigned.version, to: 'in_progress' },
        TAB_A,
      ),
    );
    expect(started).toMatchObject({ status: 'in_progress', version: assigned.version + 1 });
  });
});

describe('staff and settings lists carry versions', () => {
  it('an edit of a clerk based on an older version is refused naming who changed what', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const clerk = data<ClerkView[]>(await desk.dispatch('clerks:list', {}, 'tab:c')).find(
      (c) => c.employeeNo === 'K001',
    ) as ClerkView;
    const edit = { id: clerk.id, version: clerk.version, name: clerk.name, role: clerk.role, active: true };
    data(await desk.dispatch('clerks:update', { ...edit, name: '王芳芳' }, 'tab:d'));
    // 张伟's form still shows her as active: deactivating her on it would silently undo the new name.
    await expectStale(
      desk,
      'clerks:update',
      { ...edit, active: false },
      'tab:c',
      '陈静',
      'labels.core.fields.clerks.name',
    );
    expect(failure(await desk.dispatch('clerks:update', { ...edit, version: undefined }, 'tab:c')).field).toBe(
      'version',
    );
  });

  it('an edit of a shop based on an older version is refused; redone on the current one it saves', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const shop = data<NamedItem[]>(await desk.dispatch('settings:list', { kind: 'shops' }, 'tab:c'))[0] as NamedItem;
    const edit = {
      kind: 'shops',
      id: shop.id,
      version: shop.version,
      name: shop.name,
      unitNo: shop.unitNo,
      floor: shop.floor,
      phone: shop.phone,
      active: true,
    };
    const renamed = data<NamedItem>(await desk.dispatch('settings:updateItem', { ...edit, unitNo: 'L2-01' }, 'tab:d'));
    await expectStale(
      desk,
      'settings:updateItem',
      { ...edit, phone: '' },
      'tab:c',
      '陈静',
      'labels.core.fields.shops.unitNo',
    );
    expect(
      data<NamedItem>(
        await desk.dispatch('settings:updateItem', { ...edit, ...renamed, kind: 'shops', phone: '' }, 'tab:c'),
      ),
    ).toMatchObject({ unitNo: 'L2-01', phone: '', version: renamed.version + 1 });
  });
});
