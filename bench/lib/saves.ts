import { createHash } from 'node:crypto';
import type { Sqlite } from '../../db/open';
import { newId } from '../../electron/services/ids';
import type { BenchDesk } from './desk';

type Row = Record<string, unknown>;

export interface SaveCase {
  name: string;
  table: string;
  channel: string;
  input(i: number): unknown;
  idOf(result: unknown): string;
}

const phone = (i: number) => `139${String(10_000_000 + ((i * 7919) % 89_999_999)).padStart(8, '0')}`;
const byId = (r: unknown) => (r as { id: string }).id;

export function saveCases(desk: BenchDesk, today: string, stamp: number): SaveCase[] {
  const sqlite = desk.ctx.sqlite;
  const shopId = sqlite.prepare('select id from shops order by name limit 1').pluck().get() as string;
  const shelfId = sqlite.prepare('select id from storage_locations where shared = 1 limit 1').pluck().get() as string;
  return [
    {
      name: 'save visit',
      table: 'visits',
      channel: 'reception:register',
      input: (i) => ({ visitorName: '测试访客', phone: phone(i), purpose: 'visit', visiting: '物业办' }),
      idOf: byId,
    },
    {
      name: 'save call',
      table: 'calls',
      channel: 'calls:log',
      input: (i) => ({
        direction: 'incoming',
        callerName: '刘先生',
        phone: phone(i),
        category: 'enquiry',
        summary: '询问停车收费标准',
      }),
      idOf: byId,
    },
    {
      name: 'save storage slip',
      table: 'storage_slips',
      channel: 'storage:deposit',
      input: (i) => ({
        depositorName: '赵敏',
        phone: phone(i),
        description: '购物袋两个',
        pieces: 1,
        size: 'small',
        locationId: shelfId,
        // An hour from now, not the default closing time, which is already past late in the evening.
        expectedPickupAt: Date.now() + 3_600_000,
      }),
      idOf: (r) => (r as { slip: { id: string } }).slip.id,
    },
    {
      name: 'save invoice request',
      table: 'invoice_requests',
      channel: 'invoices:request',
      input: (i) => ({
        receiptNos: [`BENCH${stamp}${i + 10}`],
        shopId,
        purchaseDate: today,
        amountYuan: '128.00',
        kind: 'vat_ordinary',
        medium: 'paper',
        buyerType: 'person',
        title: '张三',
      }),
      idOf: byId,
    },
    {
      name: 'save return',
      table: 'return_requests',
      channel: 'returns:register',
      input: (i) => ({
        kind: 'return',
        purchaseDate: today,
        qualityProblem: false,
        hasReceipt: true,
        receiptNo: 'XP2026110001',
        refundMethod: 'original',
        receiptMatches: true,
        packagingUnopened: true,
        pastShelfLife: false,
        customerName: '赵敏',
        phone: phone(i),
        product: '保温杯',
        quantity: 1,
        shopId,
        amountYuan: '129.00',
        reason: '不喜欢颜色',
      }),
      idOf: byId,
    },
    {
      name: 'save complaint',
      table: 'complaints',
      channel: 'complaints:create',
      input: (i) => ({
        channel: 'in_person',
        customerName: '赵女士',
        phone: phone(i),
        type: 'service',
        reason: '店员态度不好',
        demand: '道歉',
        urgency: 'normal',
      }),
      idOf: (r) =>
        (r as { id?: string; complaint?: { id: string } }).id ?? (r as { complaint: { id: string } }).complaint.id,
    },
  ];
}

/**
 * The same work a save does, with hand-written prepared statements and nothing else, so that the difference is the
 * cost of the app's layers: a serial number from the same counter table, the record (a copy of the one the app just
 * saved, new id and serial) inserted and read back, one audit entry with the app's entry's changes and the chain's
 * hash, one search entry like the app's with the same search text size and the same short keys, in one IMMEDIATE
 * transaction on the same connection (so the same fsync).
 */
export function rawSaver(sqlite: Sqlite, table: string, templateId: string) {
  const template = sqlite.prepare(`select * from "${table}" where id = ?`).get(templateId) as Row;
  const logged = sqlite
    .prepare("select changes, row_hash as rowHash from audit_log where entity_id = ? and action = 'create'")
    .get(templateId) as { changes: string; rowHash: string | null };
  const searched = sqlite.prepare('select * from search_entries where entity_id = ?').get(templateId) as Row;
  const keys = sqlite
    .prepare('select key from search_keys where entry_rowid = (select rowid from search_entries where entity_id = ?)')
    .pluck()
    .all(templateId) as string[];
  const serialOf = String(template.serial_no ?? '');
  const [prefix, code] = serialOf.split('-');
  const columns = Object.keys(template);
  const insert = sqlite.prepare(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')}) returning *`,
  );
  const serial = sqlite.prepare(
    `insert into serial_counters (prefix, day, last) values (?, ?, 1)
     on conflict (prefix, day) do update set last = last + 1 returning last`,
  );
  const head = sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1');
  const audit = sqlite.prepare(
    `insert into audit_log (seq, id, at, clerk_id, shift_id, entity, entity_id, action, changes, note, row_hash, prev_hash, hash)
     values (?, ?, ?, null, null, ?, ?, 'create', ?, null, ?, ?, ?)`,
  );
  const entry = sqlite.prepare(
    `insert into search_entries (module, entity_id, title, subtitle, tag, phone, at, voided)
     values (?, ?, ?, ?, ?, ?, ?, 0) returning rowid`,
  );
  const fts = sqlite.prepare('insert into search_fts (rowid, body) values (?, ?)');
  const key = sqlite.prepare('insert or ignore into search_keys (key, entry_rowid) values (?, ?)');
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const body = [searched.title, searched.subtitle, searched.phone, logged.changes.slice(0, 120)]
    .join(' ')
    .toLowerCase();
  const save = sqlite.transaction((i: number) => {
    const id = newId();
    const now = Date.now();
    const day = new Date(now + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
    const row: Row = { ...template, id };
    if (prefix && 'serial_no' in row) {
      const { last } = serial.get(`${prefix}-R`, day) as { last: number };
      row.serial_no = `${prefix}-${code}-${day}-R${String(last).padStart(4, '0')}-${i}`;
    }
    insert.get(row);
    const last = head.get() as { seq: number; hash: string };
    const content = JSON.stringify({
      seq: last.seq + 1,
      id: newId(),
      at: now,
      entity: table,
      entityId: id,
      changes: logged.changes,
    });
    audit.run(
      last.seq + 1,
      newId(),
      now,
      table,
      id,
      logged.changes,
      logged.rowHash,
      last.hash,
      sha(`${last.hash}|${content}`),
    );
    const { rowid } = entry.get(
      searched.module,
      id,
      searched.title,
      searched.subtitle,
      searched.tag,
      searched.phone,
      now,
    ) as {
      rowid: number;
    };
    fts.run(rowid, body);
    for (const k of keys) key.run(k, rowid);
  });
  return (i: number) => save.immediate(i);
}
