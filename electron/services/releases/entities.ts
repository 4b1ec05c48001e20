import { releaseItems, releasePasses, releaseUnitHolds } from '../../../db/schema';
import { releasesLabels } from '../../../shared/contract/releases-labels';
import { auditedEntity } from '../audit/entity';

const fields = releasesLabels['zh-CN'].fields;

export const releasesEntities = {
  releasePasses: auditedEntity(releasePasses, 'id', {
    module: 'releases',
    fields: fields.releasePasses,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'holderName' }],
  }),
  releaseItems: auditedEntity(releaseItems, 'id', { module: 'releases', fields: fields.releaseItems, display: 'name' }),
  releaseUnitHolds: auditedEntity(releaseUnitHolds, 'id', {
    module: 'releases',
    fields: fields.releaseUnitHolds,
    display: 'unit',
  }),
};
