import { auditLog, clerks } from '../../../../db/schema';
import { int, query, single, tableRef } from '../../../../db/sql';
import type { ShownValue } from '../../../../shared/contract/audit';
import { labelText as lookUpLabel, valueLabel } from '../../../../shared/contract/label-text';
import { formatMoney } from '../../../../shared/contract/money';
import { changesOf, type DisplayLookup, displayOf, noteWords } from '../../audit/history-view';
import type { ServiceContext } from '../../context';
import { entitySpec, isEntityName } from '../../entities';
import type { FormatTime } from './columns';
import { type Cell, type ExportWindow, inBatches, PAGE_SIZE } from './paging';

// Excel refuses cells longer than this; a longer change record is cut and says so in the cell itself.
const EXCEL_CELL_MAX = 32_767;
const CUT_MARK = '…（超出 Excel 单元格长度，已截断；完整内容见数据库）';

export const auditColumns = [
  { header: '序号', width: 9 },
  { header: '时间', width: 17 },
  { header: '员工', width: 8 },
  { header: '对象', width: 14 },
  { header: '对象编号', width: 24 },
  { header: '动作', width: 8 },
  { header: '变更内容', width: 60 },
  { header: '备注', width: 24 },
  { header: '班次', width: 17 },
  { header: '哈希', width: 66 },
];

const labels = new Map<string, string>();
/** A label by its key, remembered: every row names its entity, action and fields, and the words never change. */
function labelText(language: 'zh-CN', key: string): string {
  let text = labels.get(key);
  if (text === undefined) {
    text = lookUpLabel(language, key);
    labels.set(key, text);
  }
  return text;
}

function fitCell(text: string): string {
  return text.length <= EXCEL_CELL_MAX ? text : text.slice(0, EXCEL_CELL_MAX - CUT_MARK.length) + CUT_MARK;
}

/** How many entries of the chain one step reads by `seq` (a rowid range: a few milliseconds). */
const SEQ_STEP = 20_000;
const ROWS_PER_PAGE = PAGE_SIZE;

const a = tableRef(auditLog, 'a');
const c = tableRef(clerks, 'c');
const entries = query(
  {
    ...a.pick('seq', 'at', 'entity', 'entityId', 'action', 'changes', 'note', 'shiftId', 'hash'),
    clerkName: c.nullableCol('name'),
  },
  // `+at`: the step is a range of seq (the rowid); the (at) index must not be chosen for it.
  (list) =>
    `select ${list} from ${a.from} left join ${c.from} on ${c.c.id} = ${a.c.clerkId}
     where ${a.c.seq} > @after and ${a.c.seq} <= @upTo and +${a.c.at} >= @from and +${a.c.at} < @to
     order by ${a.c.seq} limit ${ROWS_PER_PAGE}`,
);
// The first and last entry written in the window, off the (at) index: one range of it, however long the log.
const seqBounds = query(
  { first: int(`coalesce(min(${a.c.seq}), 0)`), last: int(`coalesce(max(${a.c.seq}), 0)`) },
  (list) => `select ${list} from ${a.from} where ${a.c.at} >= @from and ${a.c.at} < @to`,
);

/** A value as the owner reads it in the workbook, in Chinese. */
function text(value: ShownValue, at: FormatTime): string {
  switch (value.kind) {
    case 'none':
      return '—';
    case 'hidden':
      return '（不显示）';
    case 'text':
      return value.text;
    case 'time':
      return at(value.at);
    case 'label':
      return labelText('zh-CN', value.key);
    case 'labelled':
      return `${labelText('zh-CN', value.key)}：${value.text}`;
    case 'money':
      return formatMoney(value.fen);
    case 'yesNo':
      return value.yes ? '是' : '否';
  }
}

/** Displays of referenced records, remembered for the export: the same clerks and shifts recur on every row. */
function cachedDisplay(ctx: ServiceContext): DisplayLookup {
  const known = new Map<string, ShownValue>();
  return (entity, id) => {
    const key = `${entity}:${id}`;
    let value = known.get(key);
    if (!value) {
      if (known.size > 10_000) known.clear();
      value = displayOf(ctx, entity, id);
      known.set(key, value);
    }
    return value;
  };
}

/** What an entry about no record (a backup, a report, an export) notes, field by field in the owner's words. */
function eventNotes(notes: Record<string, unknown>): string {
  return Object.entries(notes)
    .map(([key, value]) => {
      const name = labelText('zh-CN', `labels.core.fields.auditEvent.${key}`);
      const label = name.startsWith('labels.') ? key : name;
      if (key === 'kind' && (value === 'daily' || value === 'monthly'))
        return `${label}：${valueLabel('zh-CN', 'reports', 'kind', value)}`;
      if (Array.isArray(value)) return `${label}：${value.length}`;
      return `${label}：${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
    })
    .join('\n');
}

function parsed(json: string): Record<string, unknown> {
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

/**
 * The audit log entries written in the window, in chain order, in the owner's words: which record (its serial,
 * not its id), what changed by field name and label, the shift by its start. The (at) index gives the first and
 * last entry of the window; between them the log is read by `seq` (the chain's order) in short steps, each entry
 * checked against the window too (a clock set back could put an entry of another day in between).
 */
export function* auditPages(ctx: ServiceContext, window: ExportWindow, at: FormatTime): Generator<Cell[][]> {
  const display = cachedDisplay(ctx);
  const bounds = single(seqBounds, ctx.sqlite, { from: window.from, to: window.to });
  if (bounds.first === 0) return;
  const last = bounds.last;
  let after = bounds.first - 1;
  while (after < last) {
    const upTo = after + SEQ_STEP;
    const rows = entries.all(ctx.sqlite, { ...window, after, upTo });
    yield* inBatches(rows, (r): Cell[] => {
      const entity = isEntityName(r.entity) ? r.entity : null;
      const spec = entity ? entitySpec(entity) : null;
      const changes = entity
        ? changesOf(ctx, entity, { action: r.action, changes: parsed(r.changes) }, { withCreated: true, display })
            .map((ch) => {
              const field = labelText('zh-CN', ch.fieldKey);
              return ch.before
                ? `${field}：${text(ch.before, at)} → ${text(ch.after, at)}`
                : `${field}：${text(ch.after, at)}`;
            })
            .join('\n')
        : eventNotes(parsed(r.changes));
      const note = spec ? noteWords(spec, r.note) : { eventKey: null, note: r.note };
      const record = entity ? text(display(entity, r.entityId), at) : r.entityId;
      return [
        r.seq,
        at(r.at),
        r.clerkName ?? '',
        spec ? labelText('zh-CN', `labels.${spec.module}.entities.${r.entity}`) : r.entity,
        record === '—' ? '' : record,
        valueLabel('zh-CN', 'core', 'auditAction', r.action),
        fitCell(changes),
        [note.eventKey ? labelText('zh-CN', note.eventKey) : '', note.note ?? ''].filter(Boolean).join('：'),
        r.shiftId ? text(display('shifts', r.shiftId), at) : '',
        r.hash,
      ];
    });
    // A full page may end before the step does: continue after its last entry.
    const lastRow = rows[rows.length - 1];
    after = rows.length === ROWS_PER_PAGE && lastRow ? lastRow.seq : upTo;
  }
}
