import {
  customerGrades,
  customerPhones,
  customers,
  customerUnits,
  revisitPlans,
  revisitRules,
  surveyAnswers,
  surveyForms,
  surveyResponses,
} from '../../../db/schema';
import { customersLabels } from '../../../shared/contract/customers-labels';
import { auditedEntity } from '../audit/entity';

const fields = customersLabels['zh-CN'].fields;

export const customersEntities = {
  customerGrades: auditedEntity(customerGrades, 'id', {
    module: 'customers',
    fields: fields.customerGrades,
    display: 'name',
  }),
  customers: auditedEntity(customers, 'id', {
    module: 'customers',
    fields: fields.customers,
    display: 'fileNo',
    refs: { mergedInto: 'customers' },
  }),
  customerPhones: auditedEntity(customerPhones, 'id', {
    module: 'customers',
    fields: fields.customerPhones,
    display: 'phone',
  }),
  customerUnits: auditedEntity(customerUnits, 'id', {
    module: 'customers',
    fields: fields.customerUnits,
    display: 'unit',
  }),
  revisitRules: auditedEntity(revisitRules, 'id', {
    module: 'customers',
    fields: fields.revisitRules,
    display: 'kind',
  }),
  revisitPlans: auditedEntity(revisitPlans, 'id', {
    module: 'customers',
    fields: fields.revisitPlans,
    display: 'serialNo',
  }),
  surveyForms: auditedEntity(surveyForms, 'id', {
    module: 'customers',
    fields: fields.surveyForms,
    display: 'name',
  }),
  surveyResponses: auditedEntity(surveyResponses, 'id', {
    module: 'customers',
    fields: fields.surveyResponses,
    display: 'serialNo',
    refs: { formId: 'surveyForms', customerId: 'customers' },
  }),
  surveyAnswers: auditedEntity(surveyAnswers, 'id', {
    module: 'customers',
    fields: fields.surveyAnswers,
    display: 'questionText',
    refs: { responseId: 'surveyResponses' },
  }),
};
