import { storageLocations, storagePickups, storageSlips } from '../../../db/schema';
import { storageLabels } from '../../../shared/contract/storage-labels';
import { auditedEntity } from '../audit/entity';

const fields = storageLabels['zh-CN'].fields;

export const storageEntities = {
  storageLocations: auditedEntity(storageLocations, 'id', {
    module: 'storage',
    fields: fields.storageLocations,
    display: 'code',
  }),
  storageSlips: auditedEntity(storageSlips, 'id', {
    module: 'storage',
    fields: fields.storageSlips,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'depositorName' }],
    redacted: ['claimCodeHash'],
  }),
  storagePickups: auditedEntity(storagePickups, 'id', {
    module: 'storage',
    fields: fields.storagePickups,
    display: 'collectedAt',
    redacted: ['collectorIdHash'],
    named: [
      {
        name: 'collectorName',
        details: ['collectorIdMasked'],
        hashes: ['collectorIdHash'],
        parent: { column: 'slipId', entity: 'storageSlips' },
      },
    ],
  }),
};
