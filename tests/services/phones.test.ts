import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { repeatCaller } from '../../electron/services/calls/call-queries';
import { logCall } from '../../electron/services/calls/calls';
import { canonicalisePhones, phoneJobPending } from '../../electron/services/phone-canonical';
import { registerVisit } from '../../electron/services/reception/visits';
import { customerHistory } from '../../electron/services/search/query';
import { logCallInput } from '../../shared/contract/calls';
import { normalisePhone } from '../../shared/contract/phone';
import { registerVisitInput } from '../../shared/contract/reception';
import { freshDesk } from '../helpers/db';

const canon = (text: string) => {
  const parsed = normalisePhone(text);
  return parsed.ok ? parsed.phone : parsed.messageKey;
};

describe('phone numbers typed any common way', () => {
  it('bring a landline to one form: area code, dash, number', () => {
    for (const typed of [
      '021-12345678',
      '02112345678',
      '(021) 1234 5678',
      '（021）12345678',
      '021 1234 5678',
      '+86 21 1234 5678',
      '0086 21 12345678',
      '+86-21-12345678',
      '０２１－１２３４５６７８',
    ])
      expect(canon(typed)).toBe('021-12345678');
    expect(canon('0755 1234 5678')).toBe('0755-12345678');
    expect(canon('010-55501234')).toBe('010-55501234');
  });

  it('bring a mobile to its 11 digits, keep extensions, and other places in E.164', () => {
    for (const typed of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '008613800138000'])
      expect(canon(typed)).toBe('13800138000');
    expect(canon('021-55501234-12')).toBe('021-55501234-12');
    expect(canon('02155501234 转 12')).toBe('021-55501234-12');
    expect(canon('+852 9123 4567')).toBe('+85291234567');
    expect(canon('400-820-8820')).toBe('4008208820');
  });

  it('refuse wrong numbers with a reason', () => {
    expect(canon('138001380000')).toBe('errors.phoneMobileLength');
    expect(canon('1380013800')).toBe('errors.phoneMobileLength');
    expect(canon('12812345678')).toBe('errors.phoneMobilePrefix');
    expect(canon('55501234')).toBe('errors.phoneAreaCode');
    expect(canon('021-5550123')).toBe('errors.phoneLandline');
    expect(canon('138abc')).toBe('errors.phoneCharacters');
    expect(canon('')).toBe('errors.required');
  });

  it('the canonical form is a fixed point, and every way of writing a mobile reaches it (property)', () => {
    const mobile = fc
      .tuple(fc.constantFrom('130', '138', '139', '150', '186', '177', '199'), fc.stringMatching(/^\d{8}$/))
      .map(([a, b]) => a + b);
    const write = fc.constantFrom(
      (m: string) => m,
      (m: string) => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
      (m: string) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
      (m: string) => `+86 ${m}`,
      (m: string) => `0086${m}`,
    );
    fc.assert(
      fc.property(mobile, write, (m, as) => {
        const first = normalisePhone(as(m));
        if (!first.ok) return; // a prefix the numbering plan does not hand out
        expect(first.phone).toBe(m);
        expect(normalisePhone(first.phone)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });
});

describe('one customer per number', () => {
  it('021-12345678 and 02112345678 typed today are one caller in repeat counts and history', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const base = { direction: 'incoming', category: 'enquiry', summary: '询问停车收费' } as const;
    logCall(desk.ctx, clerk, logCallInput.parse({ ...base, phone: '021-12345678' }));
    logCall(desk.ctx, clerk, logCallInput.parse({ ...base, phone: '02112345678' }));
    logCall(desk.ctx, clerk, logCallInput.parse({ ...base, phone: '(021) 1234 5678' }));
    expect(repeatCaller(desk.ctx, '021-12345678').count).toBe(3);
    expect(customerHistory(desk.ctx.sqlite, '021-12345678')).toHaveLength(3);
  });
});

describe('the phone job left by migration 0024', () => {
  it('rewrites phones stored as typed through the audited writer: one customer, nothing lost, the chain verifies', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    await canonicalisePhones(desk.ctx); // a fresh desk's own run: nothing to change
    expect(phoneJobPending(desk.ctx)).toBe(false);
    // As the old code stored them: the schema is passed by, the number kept as typed.
    const legacy = (phone: string) =>
      logCall(desk.ctx, clerk, {
        ...logCallInput.parse({ direction: 'incoming', phone: '13800138000', category: 'enquiry', summary: '旧记录' }),
        phone,
      });
    const a = legacy('021-12345678');
    const b = legacy('02112345678');
    const visit = registerVisit(desk.ctx, clerk, {
      ...registerVisitInput.parse({ visitorName: '王五', purpose: 'enquiry' }),
      phone: '02112345678',
    });
    const odd = legacy('12345');
    expect(customerHistory(desk.ctx.sqlite, '021-12345678')).toHaveLength(1);
    desk.ctx.sqlite.prepare("update data_jobs set done_at = null where name = 'phones_canonical'").run();

    expect(await canonicalisePhones(desk.ctx, null, 1)).toBe(2);
    const phoneOf = (table: string, id: string) =>
      desk.ctx.sqlite.prepare(`select phone from ${table} where id = ?`).pluck().get(id);
    expect([phoneOf('calls', a.id), phoneOf('calls', b.id), phoneOf('visits', visit.id)]).toEqual([
      '021-12345678',
      '021-12345678',
      '021-12345678',
    ]);
    // A number the library does not know is kept as it was, never dropped.
    expect(phoneOf('calls', odd.id)).toBe('12345');
    expect(
      customerHistory(desk.ctx.sqlite, '021-12345678')
        .map((h) => h.entityId)
        .sort(),
    ).toEqual([a.id, b.id, visit.id].sort());
    expect(repeatCaller(desk.ctx, '021-12345678').count).toBe(2);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
    const notes = desk.ctx.sqlite
      .prepare("select entity, entity_id from audit_log where note = 'phoneCanonical' order by entity")
      .all();
    expect(notes).toEqual([
      { entity: 'calls', entity_id: b.id },
      { entity: 'visits', entity_id: visit.id },
    ]);
    expect(phoneJobPending(desk.ctx)).toBe(false);
    expect(await canonicalisePhones(desk.ctx)).toBe(0);
  });
});
