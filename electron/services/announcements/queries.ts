import { announcements, clerks, lostChildSteps } from '../../../db/schema';
import { int, query, SqlWhere, single, tableRef } from '../../../db/sql';
import type {
  AnnouncementState,
  AnnouncementsAttention,
  AnnouncementView,
  ListAnnouncementsInput,
} from '../../../shared/contract/announcements';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { getSite } from '../settings';
import { foldedContains } from '../text-filter';
import { dayjs } from '../time';
import { lostChildOpen } from './predicates';

const a = tableRef(announcements, 'a');
const s = tableRef(lostChildSteps, 's');
const c = tableRef(clerks, 'c');

const announcementRow = {
  ...a.pick(
    'id',
    'version',
    'serialNo',
    'kind',
    'text',
    'requesterName',
    'requesterPhone',
    'timesRead',
    'lastReadAt',
    'status',
    'childName',
    'childAge',
    'childGender',
    'childDescription',
    'lastSeenPlace',
    'lastSeenAt',
    'outcome',
    'handedToName',
    'handedToRelation',
    'handedToIdType',
    'handedToIdMasked',
    'closeNote',
    'closedAt',
    'createdAt',
    'voidedAt',
    'voidReason',
  ),
  clerkName: c.col('name'),
};
const FROM = `from ${a.from} join ${c.from} on ${c.c.id} = ${a.c.clerkId}`;
const byId = query(announcementRow, (list) => `select ${list} ${FROM} where ${a.c.id} = ?`);

const stepRow = { ...s.pick('id', 'step', 'at', 'who', 'note'), clerkName: c.col('name') };
const stepsOf = query(
  stepRow,
  (list) =>
    `select ${list} from ${s.from} join ${c.from} on ${c.c.id} = ${s.c.clerkId}
     where ${s.c.announcementId} = ? order by ${s.c.at}, ${s.c.createdAt}, ${s.c.id}`,
);

type Row = ReturnType<typeof byId.all>[number];

export function announcementState(row: Pick<Row, 'status' | 'voidedAt'>): AnnouncementState {
  return row.voidedAt !== null ? 'voided' : row.status;
}

function toView(ctx: ServiceContext, row: Row): AnnouncementView {
  return {
    ...row,
    state: announcementState(row),
    steps: row.kind === 'lost_child' ? stepsOf.all(ctx.sqlite, row.id) : [],
  };
}

export function getAnnouncement(ctx: ServiceContext, id: string): AnnouncementView {
  const row = byId.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.announcementMissing');
  return toView(ctx, row);
}

/** Open lost children first (they are urgent whatever the filter), then the newest. */
export function listAnnouncements(ctx: ServiceContext, input: Required<ListAnnouncementsInput>): AnnouncementView[] {
  const where = new SqlWhere();
  if (input.filter === 'open') where.always(lostChildOpen(a.c));
  if (input.filter === 'today') {
    const start = dayjs(ctx.clock.now()).tz(getSite(ctx).timeZone).startOf('day').valueOf();
    where.always(`(${a.c.createdAt} >= @dayStart or (${lostChildOpen(a.c)}))`, { dayStart: start });
  }
  where.filter(
    foldedContains([a.c.serialNo, a.c.text, a.c.requesterName, a.c.requesterPhone, a.c.childName], {
      id: a.c.id,
      names: [a.c.requesterName, a.c.childName],
    }),
    'text',
    input.text,
  );
  const rows = query(
    announcementRow,
    (list) =>
      `select ${list} ${FROM} ${where}
       order by (${lostChildOpen(a.c)}) desc, ${a.c.createdAt} desc, ${a.c.id} desc limit ${input.limit}`,
  ).all(ctx.sqlite, where.params);
  return rows.map((row) => toView(ctx, row));
}

const attention = query(
  { lostChildrenOpen: int('count(*)') },
  (list) => `select ${list} from ${a.from} where ${lostChildOpen(a.c)}`,
);

export function announcementsAttention(ctx: ServiceContext): AnnouncementsAttention {
  return single(attention, ctx.sqlite);
}
