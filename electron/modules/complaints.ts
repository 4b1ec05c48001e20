import { mainModule } from '../app/module';
import { complaintsExport } from '../services/backup/export/sources';
import {
  addComplaintEvent,
  assignComplaint,
  closeComplaint,
  complaintAttention,
  complaintStats,
  createComplaint,
  decideComplaint,
  defaultDeadline,
  exportComplaintStats,
  getComplaintDetail,
  getComplaintSettings,
  lastPackagedYear,
  listCalendar,
  listComplaints,
  pendingComplaintCalls,
  pendingComplaintVisits,
  prefillFrom,
  progressComplaint,
  recordReceiptPrinted,
  recordReturnVisit,
  reopenComplaint,
  resolveComplaint,
  saveComplaintSettings,
  setCalendarDay,
} from '../services/complaints';
import { complaintsEntities } from '../services/complaints/entities';
import { complaintsSection } from '../services/complaints/handover-section';
import { complaintsHitStatus } from '../services/complaints/hit-status';
import { complaintsReport } from '../services/complaints/report-section';
import { indexComplaint } from '../services/complaints/transitions';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const complaintsMain = mainModule('complaints', {
  hitStatus: complaintsHitStatus,
  handlers: {
    'complaints:create': (input, { ctx, actor }) => createComplaint(ctx, actor(), input),
    'complaints:fromCall': (input, { ctx }) => prefillFrom(ctx, 'call', input.callId),
    'complaints:pendingCalls': (_input, { ctx }) => pendingComplaintCalls(ctx),
    'complaints:pendingVisits': (_input, { ctx }) => pendingComplaintVisits(ctx),
    'complaints:fromVisit': (input, { ctx }) => prefillFrom(ctx, 'visit', input.visitId),
    'complaints:decide': (input, { ctx, actor }) => decideComplaint(ctx, actor(), input),
    'complaints:assign': (input, { ctx, actor }) => assignComplaint(ctx, actor(), input),
    'complaints:progress': (input, { ctx, actor }) => progressComplaint(ctx, actor(), input),
    'complaints:resolve': (input, { ctx, actor }) => resolveComplaint(ctx, actor(), input),
    'complaints:returnVisit': (input, { ctx, actor }) => recordReturnVisit(ctx, actor(), input),
    'complaints:close': (input, { ctx, actor }) => closeComplaint(ctx, actor(), input),
    'complaints:reopen': (input, { ctx, actor }) => reopenComplaint(ctx, actor(), input),
    'complaints:addEvent': (input, { ctx, actor }) => addComplaintEvent(ctx, actor(), input),
    'complaints:get': (input, { ctx }) => getComplaintDetail(ctx, input.id),
    'complaints:list': (input, { ctx }) => ({ now: ctx.clock.now(), ...listComplaints(ctx, input) }),
    'complaints:attention': (_input, { ctx }) => complaintAttention(ctx, ctx.clock.now()),
    'complaints:deadline': (input, { ctx }) => ({ deadlineAt: defaultDeadline(ctx, input.urgency, input.from) }),
    'complaints:printed': (input, { ctx, actor }) => recordReceiptPrinted(ctx, actor(), input),
    'complaints:stats': (input, { ctx }) => complaintStats(ctx, input.from, input.to),
    'complaints:exportStats': (input, { ctx, actor }) => exportComplaintStats(ctx, actor(), input.from, input.to),
    'complaints:settings': (_input, { ctx }) => getComplaintSettings(ctx),
    'complaints:saveSettings': (input, { ctx, actor }) => saveComplaintSettings(ctx, actor(), input),
    'complaints:calendar': (input, { ctx }) => ({ lastPackagedYear, days: listCalendar(ctx, input.year) }),
    'complaints:setCalendarDay': (input, { ctx, actor }) => setCalendarDay(ctx, actor(), input),
  },
  handover: complaintsSection,
  report: complaintsReport,
  export: complaintsExport,
  // Records from another counter are found by Ctrl+K and in the customer history here too.
  sync: syncedEntities(complaintsEntities, { complaints: reindexed(complaintsEntities.complaints, indexComplaint) }),
});
