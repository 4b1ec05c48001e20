import { describe, expect, it } from 'vitest';
import type { InvoiceView } from '../../shared/contract/invoices';
import type { ReturnView } from '../../shared/contract/returns';
import type { LoginClerk } from '../../shared/contract/session';
import type { NamedItem } from '../../shared/contract/settings';
import { demoPin } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';

async function startDesk() {
  const desk = await startIpcDesk();
  return {
    dispatch: desk.dispatch,
    loginAs: desk.loginAs,
    count: (table: string) => desk.count(`select count(*) from ${table}`),
  };
}

describe('invoice and return channels', () => {
  it('refuse bad input at the field before the service runs, and let only a lead void', async () => {
    const { dispatch, loginAs, count } = await startDesk();
    await loginAs('K001', 'clerk');
    const shops = data<NamedItem[]>(await dispatch('settings:list', { kind: 'shops', includeInactive: false }));
    const good = {
      receiptNos: ['XP0001'],
      shopId: shops[0]?.id,
      purchaseDate: '2026-11-24',
      amountYuan: '88.80',
      kind: 'vat_ordinary',
      medium: 'electronic',
      buyerType: 'organisation',
      title: '星河贸易',
      taxpayerId: '91350100M000100Y43',
      email: 'a@example.com',
    };
    expect(failure(await dispatch('invoices:request', { ...good, taxpayerId: '91350100M000100Y4X' }))).toMatchObject({
      code: 'invalid_input',
      field: 'taxpayerId',
      messageKey: 'errors.creditCodeCheck',
    });
    expect(failure(await dispatch('invoices:request', { ...good, amountYuan: '-1' }))).toMatchObject({
      field: 'amountYuan',
    });
    expect(count('invoice_requests')).toBe(0);
    const saved = data<InvoiceView>(await dispatch('invoices:request', good));
    expect(saved.amountFen).toBe(8880);
    expect(failure(await dispatch('invoices:request', good))).toMatchObject({
      code: 'rule',
      field: 'receiptNos',
      messageKey: 'errors.receiptAlreadyInvoiced',
    });
    expect(
      failure(await dispatch('invoices:void', { id: saved.id, version: saved.version, reason: '错' })),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(failure(await dispatch('returns:register', { kind: 'return' }))).toMatchObject({ code: 'invalid_input' });
    expect(count('return_requests')).toBe(0);
    await loginAs('K002', 'lead');
    expect(
      data<InvoiceView>(await dispatch('invoices:void', { id: saved.id, version: saved.version, reason: '错' })).status,
    ).toBe('voided');
  });

  it('register a return outside the policy only with a supervisor PIN', async () => {
    const { dispatch, loginAs } = await startDesk();
    await loginAs('K001', 'clerk');
    const shops = data<NamedItem[]>(await dispatch('settings:list', { kind: 'shops', includeInactive: false }));
    const clerks = data<LoginClerk[]>(await dispatch('session:loginClerks', {}));
    const supervisor = clerks.find((c) => c.employeeNo === 'K003')?.id;
    const late = {
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
      product: '保温杯',
      quantity: 1,
      shopId: shops[0]?.id,
      amountYuan: '129',
      reason: '不想要了',
    };
    expect(failure(await dispatch('returns:register', late))).toMatchObject({
      messageKey: 'errors.policyExceptionNeedsApproval',
    });
    const approved = data<ReturnView>(
      await dispatch('returns:register', {
        ...late,
        approval: { approverId: supervisor, pin: demoPin('supervisor'), reason: '老顾客' },
      }),
    );
    expect(approved).toMatchObject({ meetsPolicy: false, exceptionApproverName: '张伟', exceptionReason: '老顾客' });
  });
});
