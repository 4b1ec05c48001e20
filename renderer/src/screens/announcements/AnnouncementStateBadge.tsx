import { useTranslation } from 'react-i18next';
import type { AnnouncementState } from '../../../../shared/contract/announcements';
import { labelKey } from '../../app/labels';
import { type Status, StatusBadge } from '../../components/StatusBadge';

/** A lost child still being looked for is red (overdue in the shared vocabulary): it needs everyone now. */
const statusOf: Record<AnnouncementState, Status> = {
  logged: 'done',
  open: 'overdue',
  closed: 'done',
  voided: 'voided',
};

export function AnnouncementStateBadge({ state, reason }: { state: AnnouncementState; reason?: string | null }) {
  const { t } = useTranslation();
  return <StatusBadge status={statusOf[state]} label={t(labelKey('announcements', 'state', state))} reason={reason} />;
}
