import { visits, watchList } from '../../../db/schema';
import { receptionLabels } from '../../../shared/contract/reception-labels';
import { auditedEntity } from '../audit/entity';

const fields = receptionLabels['zh-CN'].fields;

export const receptionEntities = {
  // Phones and ID hashes stay out of the log in clear, so that retention can anonymise them for good: the phone's
  // digest is keyed with the visit's own key, which retention erases (a plain hash of a mobile is found by trying
  // every number).
  visits: auditedEntity(visits, 'id', {
    module: 'reception',
    fields: fields.visits,
    display: 'serialNo',
    people: [{ phone: 'phone', name: 'visitorName', details: ['idMasked'], hashes: ['idHash'] }],
    refs: { watchEntryId: 'watchList', complaintId: 'complaints' },
    redacted: ['phone', 'idHash'],
    keyed: ['phone'],
  }),
  watchList: auditedEntity(watchList, 'id', { module: 'reception', fields: fields.watchList, display: 'name' }),
};
