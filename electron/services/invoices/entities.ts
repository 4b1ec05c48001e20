import { invoiceReceipts, invoiceRequests } from '../../../db/schema';
import { invoicesLabels } from '../../../shared/contract/invoices-labels';
import { auditedEntity } from '../audit/entity';

const fields = invoicesLabels['zh-CN'].fields;

export const invoicesEntities = {
  invoiceRequests: auditedEntity(invoiceRequests, 'id', {
    module: 'invoices',
    fields: fields.invoiceRequests,
    display: 'serialNo',
    // A special invoice must keep a phone (a CHECK): its erased number reads as a mask there.
    people: [{ phone: 'phone', name: 'title', details: ['email', 'address'], erasedPhone: '***' }],
  }),
  invoiceReceipts: auditedEntity(invoiceReceipts, 'id', {
    module: 'invoices',
    fields: fields.invoiceReceipts,
    display: 'receiptNo',
  }),
};
