import { renovations } from '../../../db/schema';
import { renovationsLabels } from '../../../shared/contract/renovations-labels';
import { auditedEntity } from '../audit/entity';

export const renovationsEntities = {
  renovations: auditedEntity(renovations, 'id', {
    module: 'renovations',
    fields: renovationsLabels['zh-CN'].fields.renovations,
    display: 'serialNo',
    people: [
      { phone: 'ownerPhone', name: 'ownerName' },
      { phone: 'foremanPhone', name: 'foreman' },
    ],
  }),
};
