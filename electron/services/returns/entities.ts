import { returnRequests } from '../../../db/schema';
import { returnsLabels } from '../../../shared/contract/returns-labels';
import { auditedEntity } from '../audit/entity';

export const returnsEntities = {
  returnRequests: auditedEntity(returnRequests, 'id', {
    module: 'returns',
    fields: returnsLabels['zh-CN'].fields.returnRequests,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'customerName' }],
    // Migration 0009 added the approval columns, 0047 the receipt number and refund method.
    addedLater: {
      approvalStatus: 'none',
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      receiptNo: '',
      refundMethod: null,
    },
  }),
};
