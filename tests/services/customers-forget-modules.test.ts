import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { recordAuditProblem } from '../../electron/services/audit/verify-record';
import { checkFileInWorker } from '../../electron/services/backup/verify-worker';
import { logCall } from '../../electron/services/calls';
import { createFile, forgetFile, loadFile } from '../../electron/services/customers';
import { requestInvoice, toRequestInput } from '../../electron/services/invoices/invoice-requests';
import { searchRecords } from '../../electron/services/search/query';
import { listItems } from '../../electron/services/settings';
import { logCallInput } from '../../shared/contract/calls';
import { createCustomerInput, forgetCustomerInput } from '../../shared/contract/customers';
import { requestInvoiceInput } from '../../shared/contract/invoices';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { GOOD_ID, register } from '../helpers/reception';
import { fileOrder } from '../helpers/repairs';
import { addLocation, bags, deposit } from '../helpers/storage';
import { fileComplaint } from './complaints-helpers';

const NAME = '欧阳遗忘';
const PHONE = '13966668888';
const OTHER = { name: '司马留存', phone: '13955557777' };

/** One person across the modules: their file, a call, a visit with their ID, a complaint, a deposit, a repair, an invoice. */
function personEverywhere(desk: TestDesk) {
  const clerk = desk.clerkByRole('clerk');
  const file = createFile(
    desk.ctx,
    clerk,
    createCustomerInput.parse({ name: NAME, phones: [{ phone: PHONE }], notes: `${NAME}常来`, company: '5 栋 803' }),
  );
  const call = (name: string, phone: string) =>
    logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({
        direction: 'incoming',
        phone,
        callerName: name,
        category: 'enquiry',
        summary: `${name}问停车，回电 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
      }),
    );
  const records = {
    call: call(NAME, PHONE),
    visit: register(desk, { visitorName: NAME, phone: PHONE, idType: 'resident_id', idNumber: GOOD_ID }),
    complaint: fileComplaint(desk, { customerName: NAME, phone: PHONE, reason: `${NAME}买的电饭煲坏了` }),
    slip: deposit(desk, { ...bags(addLocation(desk, 'A01').id), depositorName: NAME, phone: PHONE }).slip,
    repair: fileOrder(desk, { reporterName: NAME, phone: PHONE }),
    invoice: requestInvoice(
      desk.ctx,
      clerk,
      toRequestInput(
        requestInvoiceInput.parse({
          receiptNos: ['R-0001'],
          shopId: listItems(desk.ctx, 'shops', false)[0]?.id as string,
          purchaseDate: '2026-11-23',
          amountYuan: '88.00',
          kind: 'vat_ordinary',
          medium: 'electronic',
          buyerType: 'person',
          title: NAME,
          email: 'ouyang@example.com',
          phone: PHONE,
        }),
      ),
    ),
  };
  const bystander = call(OTHER.name, OTHER.phone);
  return { file, records, bystander };
}

const forget = (desk: TestDesk, id: string, reason = `${NAME}本人书面申请删除，电话 ${PHONE}`) =>
  forgetFile(
    desk.ctx,
    desk.clerkByRole('supervisor'),
    forgetCustomerInput.parse({
      id,
      version: loadFile(desk.ctx, id).version,
      reason,
      approval: { clerkId: desk.clerkByRole('lead').clerkId, pin: demoPin('lead') },
    }),
  );

/** The data file and its write-ahead log as bytes on disk. */
function onDisk(desk: TestDesk): Buffer {
  const file = desk.opened.file;
  const wal = `${file}-wal`;
  return Buffer.concat([fs.readFileSync(file), fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0)]);
}

const contains = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'));

describe('the right to be forgotten reaches every module and the log, on a real data file', () => {
  it('leaves no name, phone or ID in the file or its WAL after erasure, and the chain still verifies', async () => {
    const desk = await freshDesk();
    // The helper that opens the database turns this on for every connection (issue 15's sync work); set here too.
    desk.ctx.sqlite.pragma('secure_delete = ON');
    const { file, records, bystander } = personEverywhere(desk);
    const idMasked = desk.ctx.sqlite
      .prepare('select id_masked from visits where id = ?')
      .pluck()
      .get(records.visit.id) as string;
    expect(idMasked.length).toBeGreaterThan(8);
    desk.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // Before: the person is in the file, in the log (in clear) and in the search index.
    const before = onDisk(desk);
    for (const text of [NAME, PHONE, idMasked, 'ouyang@example.com']) expect(contains(before, text)).toBe(true);
    expect(searchRecords(desk.ctx.sqlite, PHONE, 50).length).toBeGreaterThan(5);

    forget(desk, file.id);

    const after = onDisk(desk);
    for (const text of [NAME, PHONE, idMasked, GOOD_ID, 'ouyang@example.com', '139 6666 8888'])
      expect({ text, found: contains(after, text) }).toEqual({ text, found: false });
    // Someone else's record is untouched.
    expect(contains(after, OTHER.name) && contains(after, OTHER.phone)).toBe(true);
    const chain = verifyAuditChain(desk.ctx.sqlite);
    expect(chain.ok).toBe(true);
    for (const [entity, record] of [
      ['calls', records.call],
      ['visits', records.visit],
      ['complaints', records.complaint],
      ['storageSlips', records.slip],
      ['repairOrders', records.repair],
      ['invoiceRequests', records.invoice],
      ['customers', file],
    ] as const)
      expect({ entity, problem: recordAuditProblem(desk.ctx.sqlite, entity, record.id) }).toEqual({
        entity,
        problem: null,
      });
    // The backup check (a worker with its own copy of the hashing) agrees.
    expect((await checkFileInWorker(desk.opened.file, { integrity: true, from: null })).ok).toBe(true);
    // Records stay (counts stay), without the person; search finds them by serial, not by the person.
    const call = desk.ctx.sqlite
      .prepare('select caller_name, phone, summary from calls where id = ?')
      .get(records.call.id);
    expect(call).toEqual({ caller_name: '***', phone: '', summary: '***问停车，回电 ***' });
    expect(desk.ctx.sqlite.prepare('select id_masked, id_hash from visits where id = ?').get(records.visit.id)).toEqual(
      { id_masked: '***', id_hash: null },
    );
    expect(searchRecords(desk.ctx.sqlite, PHONE, 50)).toEqual([]);
    expect(searchRecords(desk.ctx.sqlite, NAME, 50)).toEqual([]);
    expect(searchRecords(desk.ctx.sqlite, records.call.serialNo, 5).map((h) => h.entityId)).toContain(records.call.id);
    expect(searchRecords(desk.ctx.sqlite, OTHER.phone, 5).map((h) => h.entityId)).toContain(bystander.id);
    // Audited: who approved, and the reason with the person's name and number masked.
    const erasure = desk.ctx.sqlite
      .prepare("select clerk_id, changes, note from audit_log where entity = 'customers' and note = 'forgotten'")
      .get() as { clerk_id: string; changes: string; note: string };
    expect(erasure.clerk_id).toBe(desk.clerkByRole('supervisor').clerkId);
    expect(JSON.parse(erasure.changes)).toMatchObject({
      approver: desk.clerkByRole('lead').clerkId,
      reason: '***本人书面申请删除，电话 ***',
      count: 7,
    });
  });

  it('with a wrong PIN or no reason erases nothing in any module; only the failed PIN is counted', async () => {
    const desk = await freshDesk();
    const { file, records } = personEverywhere(desk);
    const lead = desk.clerkByRole('lead').clerkId;
    const parsed = forgetCustomerInput.safeParse({
      id: file.id,
      version: file.version,
      reason: ' ',
      approval: { clerkId: lead, pin: demoPin('lead') },
    });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['reason'], message: 'errors.required' });
    const seq = desk.ctx.sqlite.prepare('select max(seq) from audit_log').pluck().get() as number;
    const wrong = forgetCustomerInput.parse({
      id: file.id,
      version: file.version,
      reason: '客户申请',
      approval: { clerkId: lead, pin: '9999' },
    });
    expect(() => forgetFile(desk.ctx, desk.clerkByRole('supervisor'), wrong)).toThrow();
    const since = desk.ctx.sqlite.prepare('select entity, entity_id from audit_log where seq > ?').all(seq);
    expect(since).toEqual([{ entity: 'clerks', entity_id: lead }]);
    expect(desk.ctx.sqlite.prepare('select count(*) from audit_scrubs').pluck().get()).toBe(0);
    expect(desk.ctx.sqlite.prepare('select caller_name, phone from calls where id = ?').get(records.call.id)).toEqual({
      caller_name: NAME,
      phone: PHONE,
    });
    expect(searchRecords(desk.ctx.sqlite, PHONE, 50).length).toBeGreaterThan(5);
  });

  it('is refused, erasing nothing, when an entry of the person was altered behind the log’s back', async () => {
    const desk = await freshDesk();
    const { file, records } = personEverywhere(desk);
    desk.ctx.sqlite.exec('drop trigger audit_log_no_update');
    desk.ctx.sqlite
      .prepare("update audit_log set note = 'x' where entity = 'calls' and entity_id = ?")
      .run(records.call.id);
    const entries = desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get();
    expect(() => forget(desk, file.id)).toThrow(/auditAltered/);
    expect(desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(entries);
    expect(desk.ctx.sqlite.prepare('select caller_name from calls where id = ?').pluck().get(records.call.id)).toBe(
      NAME,
    );
  });

  it('fails the chain check when an erased entry is changed afterwards, or its attestation is', async () => {
    const desk = await freshDesk();
    const { file, records } = personEverywhere(desk);
    forget(desk, file.id);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
    const seq = desk.ctx.sqlite
      .prepare("select seq from audit_log where entity = 'calls' and entity_id = ? and action = 'create'")
      .pluck()
      .get(records.call.id) as number;
    // An attestation changed to fit an edit is caught too: the erasure's own entry names the hash.
    const [first] = desk.ctx.sqlite.prepare('select seq, content_hash as hash from audit_scrubs limit 1').all() as {
      seq: number;
      hash: string;
    }[];
    desk.ctx.sqlite.prepare("update audit_scrubs set content_hash = 'x' where seq = ?").run(first?.seq);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({
      ok: false,
      reasonKey: 'audit.entryAltered',
      seq: first?.seq,
    });
    desk.ctx.sqlite.prepare('update audit_scrubs set content_hash = ? where seq = ?').run(first?.hash, first?.seq);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
    // The guard lets an attested entry change, so a later hand edit is possible: the check must catch it.
    desk.ctx.sqlite.prepare("update audit_log set note = 'edited' where seq = ?").run(seq);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: false, reasonKey: 'audit.entryAltered', seq });
    expect((await checkFileInWorker(desk.opened.file, { integrity: true, from: null })).ok).toBe(false);
  });

  it('keeps the log append-only for every entry no erasure attested', async () => {
    const desk = await freshDesk();
    const { file } = personEverywhere(desk);
    forget(desk, file.id);
    const plain = desk.ctx.sqlite
      .prepare('select seq from audit_log where seq not in (select seq from audit_scrubs) order by seq limit 1')
      .pluck()
      .get() as number;
    expect(() => desk.ctx.sqlite.prepare("update audit_log set note = 'x' where seq = ?").run(plain)).toThrow(
      /append-only/,
    );
    const scrubbed = desk.ctx.sqlite.prepare('select seq from audit_scrubs limit 1').pluck().get() as number;
    expect(() => desk.ctx.sqlite.prepare("update audit_log set hash = 'x' where seq = ?").run(scrubbed)).toThrow(
      /append-only/,
    );
  });
});
