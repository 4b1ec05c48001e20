import { directoryAnswers, directoryShops } from '../../../db/schema';
import { directoryLabels } from '../../../shared/contract/directory-labels';
import { auditedEntity } from '../audit/entity';

const fields = directoryLabels['zh-CN'].fields;

export const directoryEntities = {
  directoryShops: auditedEntity(directoryShops, 'id', {
    module: 'directory',
    fields: fields.directoryShops,
    display: 'name',
  }),
  directoryAnswers: auditedEntity(directoryAnswers, 'id', {
    module: 'directory',
    fields: fields.directoryAnswers,
    display: 'title',
  }),
};
