import { lostfoundItems, lostfoundReports } from '../../../db/schema';
import { lostfoundLabels } from '../../../shared/contract/lostfound-labels';
import { auditedEntity } from '../audit/entity';

const fields = lostfoundLabels['zh-CN'].fields;

export const lostfoundEntities = {
  lostfoundItems: auditedEntity(lostfoundItems, 'id', {
    module: 'lostfound',
    fields: fields.lostfoundItems,
    display: 'serialNo',
    people: [
      { phone: 'finderPhone', name: 'finderName' },
      {
        phone: 'claimantPhone',
        name: 'claimantName',
        details: ['claimantIdMasked'],
        hashes: ['claimantIdHash'],
      },
    ],
    // The photo is large and the ID hash is a secret's derivative: the log keeps a short hash of each.
    redacted: ['photo', 'claimantIdHash'],
    refs: { claimReportId: 'lostfoundReports' },
  }),
  lostfoundReports: auditedEntity(lostfoundReports, 'id', {
    module: 'lostfound',
    fields: fields.lostfoundReports,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'reporterName' }],
  }),
};
