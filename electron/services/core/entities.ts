import { clerks, counters, departments, settings, shifts, shops, site } from '../../../db/schema';
import { coreLabels } from '../../../shared/contract/core-labels';
import { auditedEntity } from '../audit/entity';

const fields = coreLabels['zh-CN'].fields;

/** The foundation's audited tables: the site and its lists, settings, clerks and shifts. */
export const coreEntities = {
  site: auditedEntity(site, 'id', { module: 'core', fields: fields.site, display: 'name' }),
  counters: auditedEntity(counters, 'id', { module: 'core', fields: fields.counters, display: 'name' }),
  departments: auditedEntity(departments, 'id', { module: 'core', fields: fields.departments, display: 'name' }),
  shops: auditedEntity(shops, 'id', {
    module: 'core',
    fields: fields.shops,
    display: 'name',
    // The directory's fields (0043): a shop written before them reads the same until it is edited.
    addedLater: {
      category: 'other',
      opensAt: '',
      closesAt: '',
      note: '',
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
    },
  }),
  settings: auditedEntity(settings, 'key', { module: 'core', fields: fields.settings, display: 'key' }),
  clerks: auditedEntity(clerks, 'id', {
    module: 'core',
    fields: fields.clerks,
    display: 'name',
    redacted: ['pinHash'],
  }),
  shifts: auditedEntity(shifts, 'id', { module: 'core', fields: fields.shifts, display: 'openedAt' }),
};
