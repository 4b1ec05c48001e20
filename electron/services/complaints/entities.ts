import { complaintCalendarDays, complaintEvents, complaints } from '../../../db/schema';
import { complaintsLabels } from '../../../shared/contract/complaints-labels';
import { auditedEntity } from '../audit/entity';

const fields = complaintsLabels['zh-CN'].fields;

export const complaintsEntities = {
  complaints: auditedEntity(complaints, 'id', {
    module: 'complaints',
    fields: fields.complaints,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'customerName', details: ['address'] }],
    refs: { visitId: 'visits', callId: 'calls' },
    // Migration 0041 added the first owner; older complaints keep null (read as their intake clerk).
    // Migration 0048 the deadline moved by pauses; null until a pause ends (older rows keep their hash).
    addedLater: { firstOwnerClerkId: null, movedDeadlineAt: null },
  }),
  complaintEvents: auditedEntity(complaintEvents, 'id', {
    module: 'complaints',
    fields: fields.complaintEvents,
    display: 'at',
    refs: { correctsEventId: 'complaintEvents' },
    maskedUnder: { column: 'complaintId', entity: 'complaints' },
  }),
  complaintCalendarDays: auditedEntity(complaintCalendarDays, 'day', {
    module: 'complaints',
    fields: fields.complaintCalendarDays,
    display: 'day',
  }),
};
