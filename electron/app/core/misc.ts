import type { auditContract } from '../../../shared/contract/audit';
import type { searchContract } from '../../../shared/contract/search';
import type { shiftsContract } from '../../../shared/contract/shifts';
import { auditHistoryView } from '../../services/audit/history-view';
import { auditHead } from '../../services/audit/log';
import { verifyAuditChainInSteps } from '../../services/audit/verify';
import { customerHistory, searchRecords } from '../../services/search/query';
import { recentShifts } from '../../services/shifts';
import type { HandlerMap } from '../types';

export const shiftsHandlers = {
  'shifts:recent': (input, { ctx }) => recentShifts(ctx, input.limit),
} satisfies HandlerMap<typeof shiftsContract>;

export const auditHandlers = {
  'audit:history': (input, { ctx }) => auditHistoryView(ctx, input.entity, input.entityId),
  // In steps: at ten years a check in one go would freeze the desk for minutes.
  'audit:verify': (input, { ctx }) => verifyAuditChainInSteps(ctx.sqlite, input.printed),
  'audit:head': (_input, { ctx }) => auditHead(ctx.sqlite),
} satisfies HandlerMap<typeof auditContract>;

export const searchHandlers = {
  'search:query': (input, { ctx }) => searchRecords(ctx.sqlite, input.text, input.limit),
  'search:history': (input, { ctx }) => customerHistory(ctx.sqlite, input.phone),
} satisfies HandlerMap<typeof searchContract>;
