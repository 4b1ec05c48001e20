import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  createFile,
  endUnit,
  forgetFile,
  linkUnit,
  listFiles,
  listRevisits,
  loadFile,
  mergeFiles,
  planDue,
  saveRule,
} from '../../electron/services/customers';
import { searchRecords } from '../../electron/services/search/query';
import { withExpectedVersion } from '../../electron/services/versions';
import {
  type CreateCustomerInput,
  createCustomerInput,
  endUnitInput,
  forgetCustomerInput,
  type LinkUnitInput,
  linkUnitInput,
  mergeCustomersInput,
  revisitRuleInput,
} from '../../shared/contract/customers';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { refusal } from '../helpers/storage';

const file = (desk: TestDesk, input: Partial<CreateCustomerInput> = {}) =>
  createFile(
    desk.ctx,
    desk.clerkByRole('clerk'),
    createCustomerInput.parse({ name: '欧阳娜', phones: [{ phone: '13955550001' }], ...input }),
  );
const link = (desk: TestDesk, input: LinkUnitInput) =>
  linkUnit(desk.ctx, desk.clerkByRole('clerk'), linkUnitInput.parse(input));
const end = (desk: TestDesk, id: string, version: number) =>
  withExpectedVersion({ entity: 'customerUnits', id, version }, () =>
    endUnit(desk.ctx, desk.clerkByRole('clerk'), endUnitInput.parse({ id, version })),
  );
const lead = (desk: TestDesk) => ({ clerkId: desk.clerkByRole('lead').clerkId, pin: demoPin('lead') });
const found = (desk: TestDesk, text: string) =>
  searchRecords(desk.ctx.sqlite, text, 20).filter((h) => h.module === 'customers' && !h.voided);
const entries = (desk: TestDesk, entity: string, id: string) =>
  desk.ctx.sqlite
    .prepare('select action, changes, note from audit_log where entity = ? and entity_id = ? order by seq')
    .all(entity, id) as { action: string; changes: string; note: string | null }[];

describe('owner ↔ unit (房号)', () => {
  it('links a unit as owner: listed on the file, audited, and the file is found by the unit', async () => {
    const desk = await freshDesk();
    const f = file(desk);
    const after = link(desk, { customerId: f.id, unit: ' 5  栋 803 ', role: 'owner' });
    expect(after.units).toMatchObject([{ unit: '5 栋 803', role: 'owner', version: 1 }]);
    const unitId = after.units[0]?.id ?? '';
    expect(entries(desk, 'customerUnits', unitId)).toMatchObject([{ action: 'create' }]);
    expect(entries(desk, 'customers', f.id).map((e) => e.note)).toContain('unit_owner: 5 栋 803');
    for (const text of ['5 栋 803', '5栋803', '803'])
      expect(
        found(desk, text).map((h) => h.entityId),
        text,
      ).toEqual([f.id]);
    expect(listFiles(desk.ctx, { text: '5栋803', gradeId: null, includeClosed: false, limit: 10 })).toHaveLength(1);
    expect(listFiles(desk.ctx, { text: '5栋804', gradeId: null, includeClosed: false, limit: 10 })).toHaveLength(0);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses an empty unit, a role not in the list, and a second live link to the same unit', async () => {
    const desk = await freshDesk();
    const f = file(desk);
    expect(linkUnitInput.safeParse({ customerId: f.id, unit: '  ', role: 'owner' }).error?.issues[0]).toMatchObject({
      path: ['unit'],
      message: 'errors.required',
    });
    expect(linkUnitInput.safeParse({ customerId: f.id, unit: '803', role: 'landlord' }).error?.issues[0]).toMatchObject(
      { path: ['role'] },
    );
    link(desk, { customerId: f.id, unit: '5 栋 803', role: 'owner' });
    expect(refusal(() => link(desk, { customerId: f.id, unit: '5栋803', role: 'tenant' }))).toMatchObject({
      messageKey: 'errors.customerUnitTaken',
      field: 'unit',
    });
    expect(loadFile(desk.ctx, f.id).units).toHaveLength(1);
  });

  it('ends a link: kept on record, off the file and out of search; a stale or repeated end is refused', async () => {
    const desk = await freshDesk();
    const f = file(desk);
    const [u] = link(desk, { customerId: f.id, unit: '7 栋 1201', role: 'tenant' }).units;
    if (!u) throw new Error('no link');
    expect(refusal(() => end(desk, u.id, u.version + 1))).toMatchObject({ messageKey: 'errors.staleVersion' });
    expect(end(desk, u.id, u.version).units).toEqual([]);
    expect(desk.ctx.sqlite.prepare('select active from customer_units where id = ?').pluck().get(u.id)).toBe(0);
    expect(found(desk, '7栋1201')).toEqual([]);
    expect(refusal(() => end(desk, u.id, u.version + 1))).toMatchObject({ messageKey: 'errors.customerUnitEnded' });
    // Linked again after it ended: a new link, the old one stays ended.
    expect(link(desk, { customerId: f.id, unit: '7 栋 1201', role: 'owner' }).units).toMatchObject([{ role: 'owner' }]);
  });

  it('creates a file with its units: each linked as 关联房号 links it, audited, found by the unit', async () => {
    const desk = await freshDesk();
    const f = file(desk, {
      units: [
        { unit: ' 5  栋 803 ', role: 'owner' },
        { unit: '9 栋 101', role: 'tenant' },
      ],
    });
    expect(f.units).toMatchObject([
      { unit: '5 栋 803', role: 'owner', version: 1 },
      { unit: '9 栋 101', role: 'tenant', version: 1 },
    ]);
    for (const u of f.units) expect(entries(desk, 'customerUnits', u.id)).toMatchObject([{ action: 'create' }]);
    expect(entries(desk, 'customers', f.id).map((e) => e.note)).toEqual(
      expect.arrayContaining(['unit_owner: 5 栋 803', 'unit_tenant: 9 栋 101']),
    );
    expect(found(desk, '5栋803').map((h) => h.entityId)).toEqual([f.id]);
    expect(found(desk, '9 栋 101').map((h) => h.entityId)).toEqual([f.id]);
    // The same as a unit linked later: a second link to it is refused, and it ends like one.
    expect(refusal(() => link(desk, { customerId: f.id, unit: '5栋803', role: 'resident' }))).toMatchObject({
      messageKey: 'errors.customerUnitTaken',
    });
    const [owned] = f.units;
    if (!owned) throw new Error('no unit');
    expect(end(desk, owned.id, owned.version).units.map((u) => u.unit)).toEqual(['9 栋 101']);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses units given twice, empty or with a role not in the list, at their row, before a file is written', async () => {
    const desk = await freshDesk();
    const base = { name: '欧阳娜', phones: [{ phone: '13955550001' }] };
    const issue = (units: unknown) => createCustomerInput.safeParse({ ...base, units }).error?.issues[0];
    expect(
      issue([
        { unit: '5 栋 803', role: 'owner' },
        { unit: '5栋803', role: 'tenant' },
      ]),
    ).toMatchObject({ path: ['units', 1, 'unit'], message: expect.stringMatching(/^errors\.customerUnitTwice\|/) });
    expect(issue([{ unit: '  ', role: 'owner' }])).toMatchObject({
      path: ['units', 0, 'unit'],
      message: 'errors.required',
    });
    expect(issue([{ unit: '803', role: 'landlord' }])).toMatchObject({ path: ['units', 0, 'role'] });
    expect(issue(Array.from({ length: 11 }, (_, i) => ({ unit: `${i + 1} 栋 101`, role: 'owner' })))).toMatchObject({
      path: ['units'],
    });
    expect(listFiles(desk.ctx, { text: '', gradeId: null, includeClosed: true, limit: 10 })).toHaveLength(0);
  });

  it('refuses a link to a file merged away or anonymised', async () => {
    const desk = await freshDesk();
    const keep = file(desk);
    const other = file(desk, { phones: [{ phone: '13955550002' }] });
    mergeFiles(
      desk.ctx,
      desk.clerkByRole('clerk'),
      mergeCustomersInput.parse({ keepId: keep.id, mergeId: other.id, approval: lead(desk) }),
    );
    expect(refusal(() => link(desk, { customerId: other.id, unit: '803', role: 'owner' }))).toMatchObject({
      messageKey: 'errors.customerMerged',
    });
    forgetFile(
      desk.ctx,
      desk.clerkByRole('supervisor'),
      forgetCustomerInput.parse({
        id: keep.id,
        version: loadFile(desk.ctx, keep.id).version,
        reason: '客户申请',
        approval: lead(desk),
      }),
    );
    expect(refusal(() => link(desk, { customerId: keep.id, unit: '803', role: 'owner' }))).toMatchObject({
      messageKey: 'errors.customerForgotten',
    });
  });
});

describe('owner return visits read the owner links', () => {
  it('plans for a live 业主 link, for a tagged file without units; not for a tenant tagged 业主 or an ended link', async () => {
    const desk = await freshDesk();
    const owner = file(desk, { name: '业主甲', phones: [{ phone: '13955550011' }] });
    link(desk, { customerId: owner.id, unit: '3 栋 1202', role: 'owner' });
    const tagged = file(desk, { name: '业主乙', phones: [{ phone: '13955550012' }], tags: ['业主'] });
    const tenant = file(desk, { name: '租户丙', phones: [{ phone: '13955550013' }], tags: ['业主'] });
    link(desk, { customerId: tenant.id, unit: '3 栋 1203', role: 'tenant' });
    const sold = file(desk, { name: '前业主丁', phones: [{ phone: '13955550014' }] });
    const [u] = link(desk, { customerId: sold.id, unit: '3 栋 1204', role: 'owner' }).units;
    if (!u) throw new Error('no link');
    end(desk, u.id, u.version);
    saveRule(desk.ctx, desk.clerkByRole('supervisor'), revisitRuleInput.parse({ kind: 'owner_every', months: 3 }));
    expect(planDue(desk.ctx, null).planned).toBe(2);
    const planned = listRevisits(desk.ctx, { filter: 'planned', text: '', limit: 10 }).map((p) => p.customerId);
    expect(planned.sort()).toEqual([owner.id, tagged.id].sort());
  });
});

describe('merge and erasure of linked files', () => {
  it('moves the other file’s links to the kept one; the same unit in the same role is ended, not doubled', async () => {
    const desk = await freshDesk();
    const keep = file(desk);
    const other = file(desk, { phones: [{ phone: '13955550002' }] });
    link(desk, { customerId: keep.id, unit: '5 栋 803', role: 'owner' });
    link(desk, { customerId: other.id, unit: '5栋803', role: 'owner' });
    link(desk, { customerId: other.id, unit: '9 栋 101', role: 'tenant' });
    const merged = mergeFiles(
      desk.ctx,
      desk.clerkByRole('clerk'),
      mergeCustomersInput.parse({ keepId: keep.id, mergeId: other.id, approval: lead(desk) }),
    );
    expect(merged.units.map((u) => [u.unit, u.role])).toEqual([
      ['5 栋 803', 'owner'],
      ['9 栋 101', 'tenant'],
    ]);
    expect(found(desk, '9栋101').map((h) => h.entityId)).toEqual([keep.id]);
    expect(loadFile(desk.ctx, other.id).units).toEqual([]);
  });

  it('refuses a merge where the two files hold one unit in different roles (one would be lost)', async () => {
    const desk = await freshDesk();
    const keep = file(desk);
    const other = file(desk, { phones: [{ phone: '13955550002' }] });
    link(desk, { customerId: keep.id, unit: '5 栋 803', role: 'owner' });
    link(desk, { customerId: other.id, unit: '5 栋 803', role: 'resident' });
    const input = mergeCustomersInput.parse({ keepId: keep.id, mergeId: other.id, approval: lead(desk) });
    expect(refusal(() => mergeFiles(desk.ctx, desk.clerkByRole('clerk'), input))).toMatchObject({
      messageKey: 'errors.customerMergeLoses',
      params: { field: 'labels.customers.fields.customerUnits.role' },
    });
    expect(loadFile(desk.ctx, other.id).status).toBe('active');
  });

  it('the erasure ends the links and takes the unit out of them and of the log; the chain still verifies', async () => {
    const desk = await freshDesk();
    const f = file(desk);
    const [u] = link(desk, { customerId: f.id, unit: '5 栋 803', role: 'owner' }).units;
    if (!u) throw new Error('no link');
    forgetFile(
      desk.ctx,
      desk.clerkByRole('supervisor'),
      forgetCustomerInput.parse({
        id: f.id,
        version: loadFile(desk.ctx, f.id).version,
        reason: '客户申请',
        approval: lead(desk),
      }),
    );
    expect(desk.ctx.sqlite.prepare('select unit, active from customer_units where id = ?').get(u.id)).toEqual({
      unit: '***',
      active: 0,
    });
    const log = [...entries(desk, 'customerUnits', u.id), ...entries(desk, 'customers', f.id)];
    // Ids, hashes and times are long runs of hex digits that hold '803' by chance (two runs of this session failed so): left out.
    expect(JSON.stringify(log).replace(/[0-9a-f-]{8,}/g, '')).not.toContain('803');
    expect(JSON.stringify(log)).not.toMatch(/栋\s*803/);
    expect(found(desk, '5栋803')).toEqual([]);
    expect(loadFile(desk.ctx, f.id).units).toEqual([]);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });
});
