import type { z } from 'zod';
import { announcementTemplates } from '../../../db/schema';
import { query, tableRef } from '../../../db/sql';
import type { AnnouncementTemplateView, templateInput } from '../../../shared/contract/announcements';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { newId } from '../ids';
import { write } from '../write';

const t = tableRef(announcementTemplates, 't');
const templateRow = t.pick('id', 'version', 'kind', 'name', 'text', 'active');
const allTemplates = query(templateRow, (list) => `select ${list} from ${t.from} order by ${t.c.kind}, ${t.c.name}`);
const templateById = query(templateRow, (list) => `select ${list} from ${t.from} where ${t.c.id} = ?`);
const nameTaken = query(
  { id: t.col('id') },
  (list) => `select ${list} from ${t.from} where ${t.c.name} = ? and ${t.c.id} <> ?`,
);

export function listTemplates(ctx: ServiceContext, includeInactive: boolean): AnnouncementTemplateView[] {
  return allTemplates.all(ctx.sqlite).filter((row) => includeInactive || row.active);
}

export function getTemplate(ctx: ServiceContext, id: string): AnnouncementTemplateView {
  const row = templateById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.announcementTemplateMissing');
  return row;
}

/** Supervisors keep the texts; `{blanks}` in them are what the clerk fills for each announcement. */
export function saveTemplate(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof templateInput>,
): AnnouncementTemplateView {
  if (nameTaken.get(ctx.sqlite, input.name, input.id ?? '')) throw refuse('errors.announcementTemplateTaken', 'name');
  const values = { kind: input.kind, name: input.name, text: input.text, active: input.active };
  const id = write(ctx, actor, (tx) => {
    if (input.id) return tx.update('announcementTemplates', input.id, values).after.id;
    return tx.insert('announcementTemplates', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
  });
  return getTemplate(ctx, id);
}

/** The demo desk's templates: the four kinds a mall desk reads every day. */
export const demoTemplates: z.input<typeof templateInput>[] = [
  {
    kind: 'person',
    name: '寻人',
    text: '{姓名}先生/女士，您的{亲友}正在一楼总服务台等您，听到广播后请到一楼总服务台。',
  },
  {
    kind: 'item',
    name: '寻物',
    text: '顾客朋友请注意：有顾客在{地点}遗失{物品}，拾到的顾客请交到一楼总服务台，谢谢您的帮助。',
  },
  { kind: 'notice', name: '闭店通知', text: '顾客朋友们，本商场将于{时间}停止营业，请您带好随身物品，欢迎下次光临。' },
  {
    kind: 'lost_child',
    name: '儿童走失',
    text: '紧急寻人：{姓名}小朋友，{年龄}岁，身穿{衣着}，在{地点}与家人走散。请看到的顾客或员工立即将其带到一楼总服务台。',
  },
];
