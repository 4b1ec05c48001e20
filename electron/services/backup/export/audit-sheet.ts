import type { ServiceContext } from '../../context';
import type { FormatTime } from './columns';
import { type Cell, type ExportWindow, PAGE_SIZE } from './paging';

// Excel refuses cells longer than this; a longer change record is cut and says so in the cell itself.
const EXCEL_CELL_MAX = 32_767;
const CUT_MARK = '…（超出 Excel 单元格长度，已截断；完整内容见数据库）';

const ACTION = {
  create: '新建',
  update: '修改',
  void: '作废',
  status: '状态变更',
  login: '登录',
  event: '事件',
} as const;

export const auditColumns = [
  { header: '序号', width: 9 },
  { header: '时间', width: 17 },
  { header: '员工', width: 8 },
  { header: '对象', width: 14 },
  { header: '对象编号', width: 38 },
  { header: '动作', width: 8 },
  { header: '变更内容', width: 60 },
  { header: '备注', width: 24 },
  { header: '班次', width: 38 },
  { header: '哈希', width: 66 },
];

interface AuditRow {
  seq: number;
  at: number;
  clerkName: string | null;
  entity: string;
  entityId: string;
  action: keyof typeof ACTION;
  changes: string;
  note: string | null;
  shiftId: string | null;
  hash: string;
}

function fitCell(text: string): string {
  return text.length <= EXCEL_CELL_MAX ? text : text.slice(0, EXCEL_CELL_MAX - CUT_MARK.length) + CUT_MARK;
}

/** How many entries of the chain one step reads by `seq` (a rowid range: a few milliseconds). */
const SEQ_STEP = 20_000;
const ROWS_PER_PAGE = PAGE_SIZE;

/**
 * The audit log entries written in the window, in chain order. The log has no index on time (every write would pay
 * for one), so it is read in steps of `seq` ranges, each short, instead of one scan that would hold the main thread
 * for seconds at ten years of entries; steps with nothing in the window yield empty pages.
 */
export function* auditPages(ctx: ServiceContext, window: ExportWindow, at: FormatTime): Generator<Cell[][]> {
  const page = ctx.sqlite.prepare(
    `select a.seq, a.at, c.name as clerkName, a.entity, a.entity_id as entityId, a.action, a.changes, a.note,
       a.shift_id as shiftId, a.hash
     from audit_log a left join clerks c on c.id = a.clerk_id
     where a.seq > @after and a.seq <= @upTo and a.at >= @from and a.at < @to order by a.seq limit ${ROWS_PER_PAGE}`,
  );
  const lastSeq = (ctx.sqlite.prepare('select coalesce(max(seq), 0) from audit_log').pluck().get() as number) ?? 0;
  let after = 0;
  while (after < lastSeq) {
    const upTo = after + SEQ_STEP;
    const rows = page.all({ ...window, after, upTo }) as AuditRow[];
    yield rows.map((r) => [
      r.seq,
      at(r.at),
      r.clerkName ?? '',
      r.entity,
      r.entityId,
      ACTION[r.action] ?? r.action,
      fitCell(r.changes),
      r.note ?? '',
      r.shiftId ?? '',
      r.hash,
    ]);
    // A full page may end before the step does: continue after its last entry.
    after = rows.length === ROWS_PER_PAGE ? (rows[rows.length - 1] as AuditRow).seq : upTo;
  }
}
