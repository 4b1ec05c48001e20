import type { Sqlite } from '../../../db/open';
import { calls, complaints, invoiceRequests, loans, repairOrders, storageSlips } from '../../../db/schema';
import { int, numberOrNull, query, tableRef, text } from '../../../db/sql';
import type { CustomerOpenItem } from '../../../shared/contract/customers';
import { openCallback } from '../calls/predicates';
import { pausedDeadlineBaseSql } from '../complaints/deadline';
import { openComplaint } from '../complaints/predicates';
import { notIssued } from '../invoices/predicates';
import { out } from '../loans/predicates';
import { openOrder } from '../repairs/predicates';
import type { StoredHit } from '../search/hit-status';
import { customerHistory } from '../search/query';
import { stored } from '../storage/predicates';

const k = tableRef(calls, 'k');
const s = tableRef(storageSlips, 's');
const c = tableRef(complaints, 'c');
const r = tableRef(repairOrders, 'r');
const l = tableRef(loans, 'l');
const i = tableRef(invoiceRequests, 'i');

const PHONES = '(select value from json_each(@phones))';
const item = (id: string, serial: string, what: string, since: string, due: string) => ({
  entityId: text(id),
  serial: text(serial),
  what: text(what),
  since: int(since),
  due: numberOrNull(due),
});

/** Each module's open records for a set of numbers, by the module's own predicate (one query per module). */
const openQueries = [
  {
    module: 'calls',
    q: query(
      item(k.c.id, k.c.serialNo, k.c.summary, k.c.startedAt, k.c.replyDueAt),
      (list) => `select ${list} from ${k.from} where ${k.c.phone} in ${PHONES} and ${openCallback(k.c)}`,
    ),
  },
  {
    module: 'storage',
    q: query(
      item(s.c.id, s.c.serialNo, s.c.description, s.c.depositedAt, s.c.expectedPickupAt),
      (list) => `select ${list} from ${s.from} where ${s.c.phone} in ${PHONES} and ${stored(s.c)}`,
    ),
  },
  {
    module: 'complaints',
    q: query(
      // Due by the deadline its pauses moved; one waiting for the customer is paused, its deadline still moving.
      item(
        c.c.id,
        c.c.serialNo,
        c.c.reason,
        c.c.receivedAt,
        `case when ${c.c.status} = 'waiting_customer' then null else ${pausedDeadlineBaseSql(c.c)} end`,
      ),
      (list) => `select ${list} from ${c.from} where ${c.c.phone} in ${PHONES} and ${openComplaint(c.c)}`,
    ),
  },
  {
    module: 'repairs',
    q: query(
      item(r.c.id, r.c.serialNo, r.c.description, r.c.reportedAt, r.c.targetArrivalAt),
      (list) => `select ${list} from ${r.from} where ${r.c.phone} in ${PHONES} and ${openOrder(r.c)}`,
    ),
  },
  {
    module: 'loans',
    q: query(
      item(l.c.id, l.c.serialNo, "''", l.c.lentAt, l.c.dueAt),
      (list) => `select ${list} from ${l.from} where ${l.c.phone} in ${PHONES} and ${out(l.c)}`,
    ),
  },
  {
    module: 'invoices',
    q: query(
      item(i.c.id, i.c.serialNo, i.c.title, i.c.createdAt, 'null'),
      (list) => `select ${list} from ${i.from} where ${i.c.phone} in ${PHONES} and ${notIssued(i.c)}`,
    ),
  },
];

/** What is still open for the customer anywhere: callbacks promised, goods stored, complaints, repairs, loans. */
export function openForPhones(sqlite: Sqlite, phones: string[], now: number): CustomerOpenItem[] {
  if (phones.length === 0) return [];
  const param = { phones: JSON.stringify(phones) };
  return openQueries
    .flatMap(({ module, q }) =>
      q.all(sqlite, param).map((row) => ({
        module,
        ...row,
        what: row.what.slice(0, 40),
        overdue: row.due !== null && row.due < now,
      })),
    )
    .sort((a, b) => (a.due ?? a.since) - (b.due ?? b.since));
}

/** Everything the desk did with any of the numbers (the customer history by phone), newest first, once each. */
export function historyForPhones(sqlite: Sqlite, phones: string[], limit = 300): StoredHit[] {
  const seen = new Set<string>();
  const hits: StoredHit[] = [];
  for (const phone of phones) {
    for (const hit of customerHistory(sqlite, phone, limit)) {
      if (hit.module === 'customers' || seen.has(hit.entityId)) continue;
      seen.add(hit.entityId);
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => b.at - a.at).slice(0, limit);
}
