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
  /**
   * Untimed pause before each save. Deposits take a claim code hashed in the background (~40 ms of scrypt); a clerk
   * needs seconds per deposit, so the bench leaves the pool that long, not the microseconds of a tight loop.
   */
  pauseMs?: number;
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
      }),
      idOf: (r) => (r as { slip: { id: string } }).slip.id,
      pauseMs: 60,
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
 * The same rows a save writes, with hand-written prepared statements and nothing else: the record (a copy of
 * the one the app just saved, new id and serial), one audit entry with its hash, one search entry with its
 * trigram text and short keys. What the app does beyond this is the cost of its layers.
 */
export function rawSaver(sqlite: Sqlite, table: string, template: Row) {
  const columns = Object.keys(template);
  const insert = sqlite.prepare(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  const head = sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1');
  const audit = sqlite.prepare(
    `insert into audit_log (seq, id, at, clerk_id, shift_id, entity, entity_id, action, changes, note, row_hash, prev_hash, hash)
     values (?, ?, ?, null, null, ?, ?, 'create', ?, null, ?, ?, ?)`,
  );
  const entry = sqlite.prepare(
    `insert into search_entries (module, entity_id, title, subtitle, phone, at, voided) values (?, ?, ?, '', ?, ?, 0) returning rowid`,
  );
  const fts = sqlite.prepare('insert into search_fts (rowid, body) values (?, ?)');
  const key = sqlite.prepare('insert or ignore into search_keys (key, entry_rowid) values (?, ?)');
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const save = sqlite.transaction((i: number) => {
    const id = newId();
    const row: Row = { ...template, id };
    if ('serial_no' in row) row.serial_no = `${String(template.serial_no)}-R${i}`;
    insert.run(row);
    const last = head.get() as { seq: number; hash: string };
    const changes = JSON.stringify(row);
    const rowHash = sha(changes);
    audit.run(
      last.seq + 1,
      newId(),
      Date.now(),
      table,
      id,
      changes,
      rowHash,
      last.hash,
      sha(`${last.hash}|${changes}`),
    );
    const phoneValue = typeof row.phone === 'string' ? row.phone : null;
    const { rowid } = entry.get(table, id, String(row.serial_no ?? id), phoneValue, Date.now()) as { rowid: number };
    fts.run(rowid, `${String(row.serial_no ?? '')} ${changes.slice(0, 200)}`.toLowerCase());
    key.run('测试', rowid);
    if (phoneValue) key.run(phoneValue.slice(-4), rowid);
  });
  return (i: number) => save.immediate(i);
}
