import { repairEvents, repairOrders, repairTeams } from '../../../db/schema';
import { repairsLabels } from '../../../shared/contract/repairs-labels';
import { auditedEntity } from '../audit/entity';

const fields = repairsLabels['zh-CN'].fields;

export const repairsEntities = {
  repairOrders: auditedEntity(repairOrders, 'id', {
    module: 'repairs',
    fields: fields.repairOrders,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'reporterName' }],
  }),
  repairTeams: auditedEntity(repairTeams, 'id', { module: 'repairs', fields: fields.repairTeams, display: 'name' }),
  repairEvents: auditedEntity(repairEvents, 'id', { module: 'repairs', fields: fields.repairEvents, display: 'at' }),
};
