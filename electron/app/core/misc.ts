import type { auditContract } from '../../../shared/contract/audit';
import type { searchContract } from '../../../shared/contract/search';
import type { shiftsContract } from '../../../shared/contract/shifts';
import { auditHistoryView, displayOf } from '../../services/audit/history-view';
import { auditHead } from '../../services/audit/log';
import { storedHeads } from '../../services/audit/stored-heads';
import { verifyAuditChainInSteps } from '../../services/audit/verify';
import { recordAuditProblem } from '../../services/audit/verify-record';
import { auditHeadFile } from '../../services/backup/backup';
import { entitySpec, isEntityName } from '../../services/entities';
import { openFirst, withStatus } from '../../services/search/hit-status';
import { customerHistory, searchRecords } from '../../services/search/query';
import { recentShifts } from '../../services/shifts';
import type { HandlerMap } from '../types';

export const shiftsHandlers = {
  'shifts:recent': (input, { ctx }) => recentShifts(ctx, input.limit),
} satisfies HandlerMap<typeof shiftsContract>;

export const auditHandlers = {
  'audit:history': (input, { ctx }) => auditHistoryView(ctx, input.entity, input.entityId),
  // In steps: at ten years a check in one go would freeze the desk for minutes.
  'audit:verify': async (input, { ctx, runtime }) => {
    const stored = storedHeads(ctx.sqlite, auditHeadFile(ctx, runtime.backupDir));
    const result = await verifyAuditChainInSteps(ctx.sqlite, input.printed, stored);
    if (result.ok || !result.entity || !result.entityId || !isEntityName(result.entity)) return result;
    // The record as a clerk knows it: its kind and its serial (投诉 TS-XH-20261201-0001), never its id.
    const shown = displayOf(ctx, result.entity, result.entityId);
    const name = shown.kind === 'text' ? shown.text : '';
    return {
      ...result,
      record: { entityKey: `labels.${entitySpec(result.entity).module}.entities.${result.entity}`, name },
    };
  },
  'audit:head': (_input, { ctx }) => auditHead(ctx.sqlite),
  'audit:recordCheck': (input, { ctx }) => {
    const reasonKey = recordAuditProblem(ctx.sqlite, input.entity, input.entityId);
    return reasonKey ? { ok: false as const, reasonKey } : { ok: true as const };
  },
} satisfies HandlerMap<typeof auditContract>;

export const searchHandlers = {
  'search:query': (input, { ctx }) => withStatus(ctx, searchRecords(ctx.sqlite, input.text, input.limit)),
  // What is still open for this customer comes first, then the rest, newest first.
  'search:history': (input, { ctx }) => openFirst(withStatus(ctx, customerHistory(ctx.sqlite, input.phone))),
} satisfies HandlerMap<typeof searchContract>;
