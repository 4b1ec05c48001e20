import { handovers } from '../../../db/schema';
import { handoverLabels } from '../../../shared/contract/handover-labels';
import { auditedEntity } from '../audit/entity';

export const handoverEntities = {
  handovers: auditedEntity(handovers, 'id', {
    module: 'handover',
    fields: handoverLabels['zh-CN'].fields.handovers,
    display: 'serialNo',
  }),
};
