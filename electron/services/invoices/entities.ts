import { invoiceReceipts, invoiceRequests } from '../../../db/schema';
import { invoicesLabels } from '../../../shared/contract/invoices-labels';
import { auditedEntity } from '../audit/entity';

const fields = invoicesLabels['zh-CN'].fields;

export const invoicesEntities = {
  invoiceRequests: auditedEntity(invoiceRequests, 'id', {
    module: 'invoices',
    fields: fields.invoiceRequests,
    display: 'serialNo',
  }),
  invoiceReceipts: auditedEntity(invoiceReceipts, 'id', {
    module: 'invoices',
    fields: fields.invoiceReceipts,
    display: 'receiptNo',
  }),
};
