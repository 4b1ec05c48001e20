import { loanItems, loanKinds, loans } from '../../../db/schema';
import { loansLabels } from '../../../shared/contract/loans-labels';
import { auditedEntity } from '../audit/entity';

const fields = loansLabels['zh-CN'].fields;

export const loansEntities = {
  loanKinds: auditedEntity(loanKinds, 'id', { module: 'loans', fields: fields.loanKinds, display: 'name' }),
  loanItems: auditedEntity(loanItems, 'id', { module: 'loans', fields: fields.loanItems, display: 'code' }),
  loans: auditedEntity(loans, 'id', {
    module: 'loans',
    fields: fields.loans,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'borrowerName', details: ['idMasked'], hashes: ['idHash'] }],
    redacted: ['idHash'],
  }),
};
