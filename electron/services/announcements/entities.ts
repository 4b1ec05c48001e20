import { announcements, announcementTemplates, lostChildSteps } from '../../../db/schema';
import { announcementsLabels } from '../../../shared/contract/announcements-labels';
import { auditedEntity } from '../audit/entity';

const fields = announcementsLabels['zh-CN'].fields;

export const announcementsEntities = {
  announcementTemplates: auditedEntity(announcementTemplates, 'id', {
    module: 'announcements',
    fields: fields.announcementTemplates,
    display: 'name',
  }),
  announcements: auditedEntity(announcements, 'id', {
    module: 'announcements',
    fields: fields.announcements,
    display: 'serialNo',
    people: [{ phone: 'requesterPhone', name: 'requesterName', details: ['childName'] }],
    named: [{ name: 'handedToName', details: ['handedToRelation', 'handedToIdMasked'], hashes: ['handedToIdHash'] }],
    redacted: ['handedToIdHash'],
    refs: { templateId: 'announcementTemplates' },
  }),
  lostChildSteps: auditedEntity(lostChildSteps, 'id', {
    module: 'announcements',
    fields: fields.lostChildSteps,
    display: 'step',
    refs: { announcementId: 'announcements' },
  }),
};
