import { passes } from '../../../db/schema';
import { passesLabels } from '../../../shared/contract/passes-labels';
import { auditedEntity } from '../audit/entity';

export const passesEntities = {
  passes: auditedEntity(passes, 'id', {
    module: 'passes',
    fields: passesLabels['zh-CN'].fields.passes,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'holderName', details: ['idMasked'], hashes: ['idHash'] }],
    redacted: ['idHash'],
  }),
};
