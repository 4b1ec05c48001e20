import { calls } from '../../../db/schema';
import { callsLabels } from '../../../shared/contract/calls-labels';
import { auditedEntity } from '../audit/entity';

export const callsEntities = {
  calls: auditedEntity(calls, 'id', {
    module: 'calls',
    fields: callsLabels['zh-CN'].fields.calls,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'callerName' }],
    refs: { complaintId: 'complaints', answeredByCallId: 'calls', answersCallId: 'calls' },
  }),
};
