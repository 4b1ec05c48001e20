import type { CustomerFileView } from '../../../shared/contract/customers';
import { customersLabels } from '../../../shared/contract/customers-labels';
import { moduleTitle } from '../../../shared/contract/label-text';
import type { Actor, ServiceContext } from '../context';
import { auditedEntities, isEntityName } from '../entities';
import { refuse } from '../errors';
import { recordEntityOfModule } from '../hq/modules';
import { selectRow } from '../row-sql';
import { write } from '../write';
import { loadFile } from './file-read';

/** One record of the person's, as stored, without the columns the log keeps redacted (hashes, keys). */
function storedRecord(ctx: ServiceContext, module: string, id: string): Record<string, unknown> | null {
  const entity = (recordEntityOfModule as Record<string, string | null>)[module];
  if (!entity || !isEntityName(entity)) return null;
  const spec = auditedEntities[entity];
  const row = selectRow(ctx.sqlite, spec.table, spec.key, id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const hidden = new Set([...(spec.redacted ?? []), ...(spec.unaudited ?? [])]);
  return Object.fromEntries(Object.entries(row).filter(([k]) => !hidden.has(k)));
}

/**
 * 个人信息查阅: everything the desk holds about one person, for their access request (PIPL art. 45): the file with
 * its numbers unmasked and its consent record, and every record of any module under those numbers, as stored. A
 * supervisor makes it; the export is in the log.
 */
export function exportPersonData(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): { fileName: string; base64: string; records: number } {
  const file: CustomerFileView = loadFile(ctx, id);
  if (file.status === 'forgotten') throw refuse('errors.customerForgotten');
  const records = file.history.map((hit) => ({
    module: moduleTitle('zh-CN', hit.module),
    title: hit.title,
    at: new Date(hit.at).toISOString(),
    record: storedRecord(ctx, hit.module, hit.entityId),
  }));
  const document = {
    title: `个人信息查阅 ${file.fileNo}`,
    exportedAt: new Date(ctx.clock.now()).toISOString(),
    exportedBy: actor.name,
    file: {
      fileNo: file.fileNo,
      name: file.name,
      phones: file.phones.map((p) => ({ phone: p.phone, note: p.note })),
      grade: file.gradeName,
      company: file.company,
      tags: file.tags,
      notes: file.notes,
      preferredContactTime: file.preferredContactTime,
      consent: file.consent && {
        ...file.consent,
        method: customersLabels['zh-CN'].values.consentMethod[file.consent.method],
        at: new Date(file.consent.at).toISOString(),
      },
      createdAt: new Date(file.createdAt).toISOString(),
    },
    revisits: file.revisits.map((v) => ({
      serialNo: v.serialNo,
      reason: v.reason,
      dueAt: new Date(v.dueAt).toISOString(),
      status: customersLabels['zh-CN'].values.revisitStatus[v.status],
      satisfaction: v.satisfaction && customersLabels['zh-CN'].values.satisfaction[v.satisfaction],
      note: v.lastNote,
    })),
    records,
  };
  write(ctx, actor, (tx) => tx.event('customers', id, 'exported', { fileNo: file.fileNo, records: records.length }));
  const json = JSON.stringify(document, null, 2);
  return {
    fileName: `个人信息查阅-${file.fileNo}.json`,
    base64: Buffer.from(json, 'utf8').toString('base64'),
    records: records.length,
  };
}
