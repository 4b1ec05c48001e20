import { useTranslation } from 'react-i18next';
import type { HitStatus } from '../../../shared/contract/search';
import { StatusBadge } from './StatusBadge';

/** The state of a record found (search, customer history) in the one colour and word of every module. */
export function HitStatusBadge({ status }: { status: HitStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <StatusBadge status={status.tone} label={t(status.labelKey)} />;
}
