import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type IdDocumentType, idDocumentInputTypes } from '../../../shared/contract/id-documents';
import { labelKey } from '../app/labels';

/**
 * The document types a clerk may type a number under, by label; the old free-text type shows only on a record that
 * already has it, so it can be read but not chosen.
 */
export function IdTypeSelect({ current, ...props }: NativeSelectProps & { current?: IdDocumentType | null }) {
  const { t } = useTranslation();
  const types: IdDocumentType[] = current === 'other' ? [...idDocumentInputTypes, 'other'] : [...idDocumentInputTypes];
  return (
    <NativeSelect data={types.map((v) => ({ value: v, label: t(labelKey('reception', 'idType', v)) }))} {...props} />
  );
}
