/**
 * What a clerk does on the mall's and the property's modules (lost and found, loans, announcements, gifts, the
 * directory, repairs, release passes, passes, renovations): their lists with the screens' filters, a text filter,
 * a record's detail with its history, the header's counts, and a save of each kind that has no PIN.
 */
import type { Sqlite } from '../../db/open';
import { isoDay } from '../generator/extras';
import type { BenchDesk } from './desk';
import type { ReadCase } from './reads';
import type { SaveCase } from './saves';

const phone = (i: number) => `138${String(10_000_000 + ((i * 7919) % 89_999_999)).padStart(8, '0')}`;
const byId = (r: unknown) => (r as { id: string }).id;

function one(s: Sqlite, sql: string): string {
  return (s.prepare(sql).pluck().get() as string | undefined) ?? '';
}

function rawAll(s: Sqlite, sql: string) {
  const stmt = s.prepare(sql);
  return (...params: unknown[]) =>
    () =>
      stmt.all(...params);
}

export function moduleReadCases(desk: BenchDesk, name3: string): ReadCase[] {
  const s = desk.ctx.sqlite;
  const call = desk.call;
  // A record of each module to open, from the middle of the data (neither the newest nor the oldest).
  const middle = (table: string) =>
    one(s, `select id from ${table} order by rowid limit 1 offset (select count(*) / 2 from ${table})`);
  const item = middle('lostfound_items');
  const report = middle('lostfound_reports');
  const repair = middle('repair_orders');
  const release = middle('release_passes');
  const pass = middle('passes');
  const renovation = middle('renovations');
  const campaign = one(s, 'select id from gift_campaigns order by created_at desc limit 1');
  const unit = one(s, 'select unit from renovations order by rowid desc limit 1') || '3 栋';
  const plate = one(s, "select vehicle_plate from passes where vehicle_plate <> '' order by rowid desc limit 1");
  const history = (entity: string, entityId: string) => call('audit:history', { entity, entityId });
  const detail = (channel: string, entity: string, id: string) => async () => {
    await call(channel, { id });
    return history(entity, id);
  };
  const rawDetail = (table: string, entity: string, id: string) => {
    const row = s.prepare(`select * from ${table} where id = ?`);
    const log = s.prepare('select * from audit_log where entity = ? and entity_id = ? order by seq');
    return () => [row.get(id), log.all(entity, id)];
  };
  const cases: ReadCase[] = [
    {
      name: 'lost and found: list items in custody',
      target: 10,
      app: () => call('lostfound:list', { filter: 'held' }),
      raw: rawAll(
        s,
        "select * from lostfound_items where status = 'held' and voided_at is null order by found_at desc limit 200",
      )(),
    },
    {
      name: 'lost and found: list all items, text filter',
      target: 10,
      app: () => call('lostfound:list', { filter: 'all', text: name3 }),
      raw: rawAll(
        s,
        'select * from lostfound_items where instr(claimant_name, ?) > 0 or instr(description, ?) > 0 order by found_at desc limit 200',
      )(name3, name3),
    },
    {
      name: 'lost and found: open loss reports',
      target: 10,
      app: () => call('lostfound:reports', { openOnly: true, text: '' }),
      raw: rawAll(
        s,
        "select * from lostfound_reports where status = 'open' and voided_at is null order by created_at desc limit 200",
      )(),
    },
    {
      name: 'lost and found: candidates for a loss report',
      target: 30,
      app: () => call('lostfound:candidates', { id: report }),
      raw: rawAll(
        s,
        `select i.* from lostfound_items i, lostfound_reports r where r.id = ? and i.category = r.category
         and i.status = 'held' and i.found_at >= r.lost_from - 86400000 limit 20`,
      )(report),
    },
    {
      name: 'lost and found: item detail with history',
      target: 10,
      app: detail('lostfound:get', 'lostfoundItems', item),
      raw: rawDetail('lostfound_items', 'lostfoundItems', item),
    },
    {
      name: 'loans: list out',
      target: 10,
      app: () => call('loans:list', { filter: 'out' }),
      raw: rawAll(s, "select * from loans where status = 'out' and voided_at is null order by due_at limit 200")(),
    },
    {
      name: 'loans: list all, text filter',
      target: 10,
      app: () => call('loans:list', { filter: 'all', text: name3 }),
      raw: rawAll(
        s,
        'select * from loans where instr(borrower_name, ?) > 0 or instr(phone, ?) > 0 order by lent_at desc limit 200',
      )(name3, name3),
    },
    {
      name: 'announcements: list all, text filter',
      target: 10,
      app: () => call('announcements:list', { filter: 'all', text: '钱包' }),
      raw: rawAll(s, 'select * from announcements where instr(text, ?) > 0 order by created_at desc limit 200')('钱包'),
    },
    {
      name: 'announcements: open lost-child cases',
      target: 10,
      app: () => call('announcements:list', { filter: 'open' }),
      raw: rawAll(
        s,
        "select * from announcements where kind = 'lost_child' and status = 'open' and voided_at is null limit 200",
      )(),
    },
    {
      name: 'gifts: list all records, text filter',
      target: 10,
      app: () => call('gifts:list', { filter: 'all', text: name3 }),
      raw: rawAll(
        s,
        'select * from gift_redemptions where instr(customer_name, ?) > 0 order by created_at desc limit 200',
      )(name3),
    },
    {
      name: "gifts: the latest campaign's ledger",
      target: 30,
      app: () => call('gifts:ledger', { campaignId: campaign }),
      raw: rawAll(
        s,
        'select m.* from gift_moves m join gift_items i on i.id = m.item_id where i.campaign_id = ? order by m.rowid',
      )(campaign),
    },
    {
      name: 'directory: list, text filter',
      target: 10,
      app: () => call('directory:list', { text: '咖啡' }),
      raw: rawAll(s, 'select * from directory_shops where instr(name, ?) > 0 or instr(note, ?) > 0')('咖啡', '咖啡'),
    },
    {
      name: 'repairs: list dispatched',
      target: 10,
      app: () => call('repairs:list', { status: 'dispatched' }),
      raw: rawAll(
        s,
        "select * from repair_orders where status = 'dispatched' and voided_at is null order by reported_at desc limit 51",
      )(),
    },
    {
      name: 'repairs: list, text filter (a unit)',
      target: 10,
      app: () => call('repairs:list', { text: unit }),
      raw: rawAll(
        s,
        'select * from repair_orders where instr(location, ?) > 0 order by reported_at desc limit 51',
      )(unit),
    },
    {
      name: 'repairs: order detail with history',
      target: 10,
      app: detail('repairs:get', 'repairOrders', repair),
      raw: rawDetail('repair_orders', 'repairOrders', repair),
    },
    {
      name: 'release passes: waiting at the gate',
      target: 10,
      app: () => call('releases:list', { onlyWaiting: true }),
      raw: rawAll(
        s,
        "select * from release_passes where status = 'issued' and voided_at is null order by issued_at desc limit 51",
      )(),
    },
    {
      name: 'release passes: list, text filter (a name)',
      target: 10,
      app: () => call('releases:list', { text: name3 }),
      raw: rawAll(
        s,
        'select * from release_passes where instr(holder_name, ?) > 0 order by issued_at desc limit 51',
      )(name3),
    },
    {
      name: 'release passes: pass detail with history',
      target: 10,
      app: detail('releases:get', 'releasePasses', release),
      raw: rawDetail('release_passes', 'releasePasses', release),
    },
    {
      name: 'passes: list out',
      target: 10,
      app: () => call('passes:list', { onlyOut: true }),
      raw: rawAll(
        s,
        "select * from passes where status = 'issued' and voided_at is null order by issued_at desc limit 51",
      )(),
    },
    {
      name: 'passes: list, text filter (a plate)',
      target: 10,
      app: () => call('passes:list', { text: plate }),
      raw: rawAll(s, 'select * from passes where instr(vehicle_plate, ?) > 0 order by issued_at desc limit 51')(plate),
    },
    {
      name: 'passes: pass detail with history',
      target: 10,
      app: detail('passes:get', 'passes', pass),
      raw: rawDetail('passes', 'passes', pass),
    },
    {
      name: 'renovations: works under way',
      target: 10,
      app: () => call('renovations:list', { onlyWorks: true }),
      raw: rawAll(
        s,
        "select * from renovations where status in ('approved', 'failed') and voided_at is null order by applied_at desc limit 51",
      )(),
    },
    {
      name: 'renovations: list, text filter (a unit)',
      target: 10,
      app: () => call('renovations:list', { text: unit }),
      raw: rawAll(s, 'select * from renovations where instr(unit, ?) > 0 order by applied_at desc limit 51')(unit),
    },
    {
      name: 'renovations: permit detail with history',
      target: 10,
      app: detail('renovations:get', 'renovations', renovation),
      raw: rawDetail('renovations', 'renovations', renovation),
    },
    {
      name: "header counts of these modules (each module's attention)",
      target: 10,
      app: async () => {
        for (const channel of [
          'lostfound:attention',
          'loans:attention',
          'announcements:attention',
          'repairs:attention',
          'releases:attention',
          'passes:attention',
          'renovations:attention',
        ])
          await call(channel, {});
      },
      raw: () => {
        s.prepare("select count(*) from lostfound_items where status = 'held' and voided_at is null").get();
        s.prepare("select count(*) from loans where status = 'out' and voided_at is null").get();
        s.prepare("select count(*) from repair_orders where status <> 'closed' and voided_at is null").get();
        s.prepare("select count(*) from release_passes where status = 'issued' and voided_at is null").get();
        s.prepare("select count(*) from passes where status = 'issued' and voided_at is null").get();
        s.prepare("select count(*) from renovations where status <> 'refunded' and voided_at is null").get();
      },
    },
  ];
  return cases;
}

export function moduleSaveCases(now: number): SaveCase[] {
  const today = isoDay(now);
  return [
    {
      name: 'save lost-and-found item',
      table: 'lostfound_items',
      channel: 'lostfound:register',
      input: () => ({
        category: 'umbrella',
        description: '折叠伞 蓝色',
        foundPlace: '一楼中庭',
        finderKind: 'cleaner',
        storagePlace: '失物柜A',
      }),
      idOf: byId,
    },
    {
      name: 'save loss report',
      table: 'lostfound_reports',
      channel: 'lostfound:report',
      input: (i) => ({
        reporterName: '孙女士',
        phone: phone(i),
        category: 'bag',
        description: '米色手提包',
        lostPlace: '三楼美食广场',
        lostFrom: now - 7_200_000,
        lostTo: now - 600_000,
      }),
      idOf: byId,
    },
    {
      name: 'save announcement',
      table: 'announcements',
      channel: 'announcements:log',
      input: (i) => ({
        kind: 'item',
        text: '有顾客在二楼遗失黑色钱包，拾到请交总服务台。',
        requesterName: '李先生',
        requesterPhone: phone(i),
      }),
      idOf: byId,
    },
    {
      name: 'save repair order',
      table: 'repair_orders',
      channel: 'repairs:create',
      input: (i) => ({
        locationKind: 'unit',
        location: '3 栋 1202',
        category: 'plumbing_electric',
        urgency: 'normal',
        description: '厨房水管漏水',
        reporterName: '陈先生',
        phone: phone(i),
      }),
      idOf: byId,
    },
    {
      name: 'save vehicle pass',
      table: 'passes',
      channel: 'passes:issue',
      input: (i) => ({
        kind: 'vehicle',
        holderName: '周师傅',
        phone: phone(i),
        company: '快捷物流',
        unit: '5 栋 801',
        vehiclePlate: '沪A12345',
        validFrom: today,
        validTo: today,
        deposit: '100',
      }),
      idOf: byId,
    },
    {
      name: 'save renovation application',
      table: 'renovations',
      channel: 'renovations:apply',
      input: (i) => ({
        unit: '8 栋 1503',
        ownerName: '吴先生',
        ownerPhone: phone(i),
        contractor: '美居装饰工程',
        foreman: '郑师傅',
        foremanPhone: '13700001111',
        work: '厨卫翻新',
        startDate: isoDay(now + 3 * 86_400_000),
        endDate: isoDay(now + 40 * 86_400_000),
        deposit: '2000',
      }),
      idOf: byId,
    },
  ];
}
