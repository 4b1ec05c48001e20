import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { logCall } from '../../electron/services/calls';
import {
  createFile,
  exportPersonData,
  fileByPhone,
  listFiles,
  listGrades,
  loadFile,
  mergeFiles,
  openFile,
  updateFile,
} from '../../electron/services/customers';
import { searchRecords } from '../../electron/services/search/query';
import { logCallInput } from '../../shared/contract/calls';
import {
  type CreateCustomerInput,
  createCustomerInput,
  mergeCustomersInput,
  updateCustomerInput,
} from '../../shared/contract/customers';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { addLocation, bags, deposit, refusal } from '../helpers/storage';

const person = (extra: Partial<CreateCustomerInput> = {}): CreateCustomerInput => ({
  name: '周杰',
  phones: [{ phone: '139 1234 5678', note: '手机' }],
  company: '星河物业 3 栋',
  tags: ['业主'],
  preferredContactTime: '工作日晚上',
  ...extra,
});

const create = (desk: TestDesk, input: CreateCustomerInput) =>
  createFile(desk.ctx, desk.clerkByRole('clerk'), createCustomerInput.parse(input));

const gradeId = (desk: TestDesk, name: string) => listGrades(desk.ctx, false).find((g) => g.name === name)?.id ?? null;

const approval = (desk: TestDesk, role: 'lead' | 'clerk', pin?: string) => ({
  clerkId: desk.clerkByRole(role).clerkId,
  pin: pin ?? demoPin(role),
});

describe('customer files: what a clerk types', () => {
  it('refuses a file without a phone, a wrong number, the same number twice and too many tags', () => {
    const issue = (input: unknown) => createCustomerInput.safeParse(input).error?.issues[0];
    expect(issue(person({ phones: [] }))).toMatchObject({ path: ['phones'], message: 'errors.customerPhoneRequired' });
    expect(issue(person({ phones: [{ phone: '1391234' }] }))).toMatchObject({ path: ['phones', 0, 'phone'] });
    expect(issue(person({ phones: [{ phone: '13912345678' }, { phone: '139-1234-5678' }] }))).toMatchObject({
      path: ['phones', 1, 'phone'],
      message: 'errors.customerPhoneTwice',
    });
    expect(issue(person({ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }))).toMatchObject({ path: ['tags'] });
    expect(issue(person({ name: ' ' }))).toMatchObject({ path: ['name'], message: 'errors.required' });
    expect(issue(person({ consent: { method: 'in_person', scope: '', purpose: '回访' } as never }))).toMatchObject({
      path: ['consent', 'scope'],
    });
  });
});

describe('customer files', () => {
  it('keeps a file by canonical phone with grade, company, tags and the consent record; audited and searchable', async () => {
    const desk = await freshDesk();
    expect(listGrades(desk.ctx, false).map((g) => g.name)).toEqual(['普通', '会员', 'VIP', '重点关注']);
    const file = create(
      desk,
      person({
        gradeId: gradeId(desk, 'VIP'),
        phones: [
          { phone: '+86 139 1234 5678', note: '手机' },
          { phone: '(021) 5550 1234', note: '单位' },
        ],
        consent: { method: 'in_person', scope: '姓名、电话、单位', purpose: '回访与满意度调查' },
      }),
    );
    expect(file).toMatchObject({
      fileNo: 'KH-XH-20261124-0001',
      name: '周杰',
      gradeName: 'VIP',
      tags: ['业主'],
      phonesMasked: ['139****5678', '021-****1234'],
      status: 'active',
      consent: { method: 'in_person', at: desk.clock.now(), scope: '姓名、电话、单位', purpose: '回访与满意度调查' },
    });
    expect(file.phones.map((p) => p.phone)).toEqual(['13912345678', '021-55501234']);
    expect(auditHistory(desk.ctx.sqlite, 'customers', file.id)[0]?.action).toBe('create');
    expect(searchRecords(desk.ctx.sqlite, 'zj', 10).map((h) => h.entityId)).toContain(file.id);
    expect(searchRecords(desk.ctx.sqlite, '1234', 10).map((h) => h.entityId)).toContain(file.id);
    expect(fileByPhone(desk.ctx, '021-55501234')?.id).toBe(file.id);
    expect(fileByPhone(desk.ctx, '13700000000')).toBeNull();
    expect(listFiles(desk.ctx, { text: '物业', gradeId: null, includeClosed: false, limit: 10 })).toHaveLength(1);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses a number already on another live file, naming that file, and writes nothing', async () => {
    const desk = await freshDesk();
    const first = create(desk, person());
    const audit = desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get();
    const error = refusal(() =>
      create(desk, person({ name: '周杰伦', phones: [{ phone: '13800001111' }, { phone: '13912345678' }] })),
    );
    expect(error).toMatchObject({
      messageKey: 'errors.customerPhoneTaken',
      field: 'phones.1.phone',
      params: { fileNo: first.fileNo },
    });
    expect(desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(audit);
    expect(desk.ctx.sqlite.prepare('select count(*) from customers').pluck().get()).toBe(1);
  });

  it('logs every opening of a file; an edit moves the version, a dropped number stays on record inactive', async () => {
    const desk = await freshDesk();
    const file = create(desk, person({ phones: [{ phone: '13912345678' }, { phone: '13800001111' }] }));
    const clerk = desk.clerkByRole('clerk');
    openFile(desk.ctx, clerk, file.id);
    const viewed = auditHistory(desk.ctx.sqlite, 'customers', file.id).filter((e) => e.note === 'viewed');
    expect(viewed).toHaveLength(1);
    const edited = updateFile(
      desk.ctx,
      clerk,
      updateCustomerInput.parse({
        ...person(),
        id: file.id,
        version: file.version,
        phones: [{ phone: '13912345678' }],
        notes: '喜欢短信',
      }),
    );
    expect(edited.version).toBe(file.version + 1);
    expect(edited.phones.map((p) => p.phone)).toEqual(['13912345678']);
    expect(desk.ctx.sqlite.prepare('select count(*) from customer_phones where active = 0').pluck().get()).toBe(1);
    // The dropped number is free for another file now.
    expect(create(desk, person({ name: '李雷', phones: [{ phone: '13800001111' }] })).status).toBe('active');
    expect(
      refusal(() =>
        updateFile(
          desk.ctx,
          clerk,
          updateCustomerInput.parse({
            ...person(),
            id: file.id,
            version: 1,
            gradeId: '00000000-0000-7000-8000-000000000000',
          }),
        ),
      ).messageKey,
    ).toBe('errors.customerGradeMissing');
  });

  it('shows the whole history of every number and what is still open, across modules', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const file = create(desk, person({ phones: [{ phone: '13912345678' }, { phone: '13800001111' }] }));
    const call = logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({
        direction: 'incoming',
        phone: '13800001111',
        category: 'enquiry',
        summary: '询问停车收费',
        replyNeeded: true,
        replyDueAt: desk.clock.now() + 3600_000,
      }),
    );
    const location = addLocation(desk, 'G-09');
    const { slip } = deposit(desk, { ...bags(location.id), phone: '13912345678' });
    logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({ direction: 'incoming', phone: '13700000000', category: 'enquiry', summary: '别人' }),
    );
    const shown = loadFile(desk.ctx, file.id);
    expect(shown.history.map((h) => h.entityId).sort()).toEqual([call.id, slip.id].sort());
    expect(shown.open.map((o) => [o.module, o.serial])).toEqual(
      expect.arrayContaining([
        ['calls', call.serialNo],
        ['storage', slip.serialNo],
      ]),
    );
  });
});

describe('an access request (个人信息查阅)', () => {
  it('exports the file unmasked and every record under its numbers, without redacted columns, and logs it', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const file = create(desk, person({ consent: { method: 'in_person', scope: '姓名、电话', purpose: '回访' } }));
    const call = logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({ direction: 'incoming', phone: '13912345678', category: 'enquiry', summary: '问营业时间' }),
    );
    const supervisor = desk.clerkByRole('supervisor');
    const out = exportPersonData(desk.ctx, supervisor, file.id);
    expect(out.fileName).toBe(`个人信息查阅-${file.fileNo}.json`);
    const doc = JSON.parse(Buffer.from(out.base64, 'base64').toString('utf8'));
    expect(doc.file).toMatchObject({
      name: '周杰',
      phones: [{ phone: '13912345678' }],
      consent: { method: '当面口头同意' },
    });
    expect(doc.records).toEqual([
      expect.objectContaining({
        module: '电话记录',
        record: expect.objectContaining({ id: call.id, summary: '问营业时间' }),
      }),
    ]);
    expect(auditHistory(desk.ctx.sqlite, 'customers', file.id).some((e) => e.note === 'exported')).toBe(true);
  });
});

describe('merging two files', () => {
  it('moves numbers, tags and notes into the kept file with a lead’s PIN; the other stays, merged', async () => {
    const desk = await freshDesk();
    const keep = create(desk, person({ tags: ['业主'], notes: '喜欢短信' }));
    const other = create(
      desk,
      person({
        phones: [{ phone: '13800001111' }],
        company: '',
        tags: ['VIP 车位'],
        notes: '有一只狗',
        gradeId: gradeId(desk, '会员'),
      }),
    );
    const merged = mergeFiles(
      desk.ctx,
      desk.clerkByRole('clerk'),
      mergeCustomersInput.parse({ keepId: keep.id, mergeId: other.id, approval: approval(desk, 'lead') }),
    );
    expect(merged).toMatchObject({
      tags: ['业主', 'VIP 车位'],
      notes: '喜欢短信\n有一只狗',
      gradeName: '会员',
      company: '星河物业 3 栋',
    });
    expect(merged.phones.map((p) => p.phone)).toEqual(['13912345678', '13800001111']);
    const gone = loadFile(desk.ctx, other.id);
    expect(gone).toMatchObject({ status: 'merged', mergedIntoFileNo: keep.fileNo, phones: [] });
    expect(fileByPhone(desk.ctx, '13800001111')?.id).toBe(keep.id);
    expect(auditHistory(desk.ctx.sqlite, 'customers', keep.id).some((e) => e.note === 'merged')).toBe(true);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses a merge that would lose a value, a clerk’s PIN as approval and a wrong PIN, writing nothing', async () => {
    const desk = await freshDesk();
    const keep = create(desk, person());
    const other = create(desk, person({ name: '周杰伦', phones: [{ phone: '13800001111' }] }));
    const before = desk.ctx.sqlite.prepare('select count(*) from customers where status = ?').pluck().get('active');
    const clerk = desk.clerkByRole('clerk');
    const loses = refusal(() =>
      mergeFiles(
        desk.ctx,
        clerk,
        mergeCustomersInput.parse({ keepId: keep.id, mergeId: other.id, approval: approval(desk, 'lead') }),
      ),
    );
    expect(loses).toMatchObject({
      messageKey: 'errors.customerMergeLoses',
      params: { field: 'labels.customers.fields.customers.name' },
    });
    expect(
      refusal(() =>
        mergeFiles(
          desk.ctx,
          clerk,
          mergeCustomersInput.parse({ keepId: keep.id, mergeId: other.id, approval: approval(desk, 'clerk') }),
        ),
      ).messageKey,
    ).toBe('errors.approverRole');
    expect(
      refusal(() =>
        mergeFiles(
          desk.ctx,
          clerk,
          mergeCustomersInput.parse({ keepId: keep.id, mergeId: other.id, approval: approval(desk, 'lead', '9999') }),
        ),
      ).messageKey,
    ).toBe('errors.wrongPin');
    expect(
      mergeCustomersInput.safeParse({ keepId: keep.id, mergeId: keep.id, approval: approval(desk, 'lead') }).success,
    ).toBe(false);
    expect(desk.ctx.sqlite.prepare('select count(*) from customers where status = ?').pluck().get('active')).toBe(
      before,
    );
    // A merged file takes no edit and no second merge.
    const third = create(desk, person({ phones: [{ phone: '13700000000' }] }));
    mergeFiles(
      desk.ctx,
      clerk,
      mergeCustomersInput.parse({ keepId: keep.id, mergeId: third.id, approval: approval(desk, 'lead') }),
    );
    expect(
      refusal(() =>
        mergeFiles(
          desk.ctx,
          clerk,
          mergeCustomersInput.parse({ keepId: other.id, mergeId: third.id, approval: approval(desk, 'lead') }),
        ),
      ).messageKey,
    ).toBe('errors.customerMerged');
  });
});
