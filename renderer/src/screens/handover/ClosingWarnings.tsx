import { Alert, Button, CloseButton, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ClosingWarning, ClosingWarningKey } from '../../../../shared/contract/handover';
import { useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../lib/time';

/** Where each warning's list is: the on-site visitors, today's callbacks in the queue, goods due today. */
const listPath: Record<ClosingWarningKey, string> = {
  visitorsOnSite: '/reception',
  callbacksDueToday: '/calls/callbacks',
  pickupsDueToday: '/storage/due-today',
};

/** Each warning a button that opens its list. */
export function ClosingWarningLinks({ warnings }: { warnings: readonly ClosingWarning[] }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <Group gap="xs">
      {warnings.map((w) => (
        <Button key={w.key} size="compact-sm" variant="white" color="orange" onClick={() => navigate(listPath[w.key])}>
          {t(`handover.closing.${w.key}`, { count: w.count })}
        </Button>
      ))}
    </Group>
  );
}

/** On the handover sheet: what the day leaves open as the sheet was compiled (none, nothing shown). */
export function SheetClosingWarnings({ warnings }: { warnings: readonly ClosingWarning[] | undefined }) {
  const { t } = useTranslation();
  if (!warnings?.length) return null;
  return (
    <Alert color="orange" variant="light" py={6} mb={6} title={t('handover.closing.sheetTitle')}>
      <ClosingWarningLinks warnings={warnings} />
    </Alert>
  );
}

/**
 * Under the header from the site's closing time (the app's clock, asked of main every minute) while anything of the
 * day is open: visitors on site, callbacks promised for today, goods due today. The clerk may put it away for the day.
 */
export function ClosingBanner({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const state = useApiQuery('handover:closingWarnings', {}, { refetchInterval: 60_000 });
  const [dismissedFor, setDismissedFor] = useState<number | null>(null);
  const data = state.data;
  if (!data?.reached || data.closingAt === null || data.warnings.length === 0) return null;
  if (dismissedFor === data.closingAt) return null;
  const closingAt = data.closingAt;
  return (
    <Alert color="orange" variant="filled" py={6} mb={6} role="alert" aria-label={t('handover.closing.bannerLabel')}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <strong>{t('handover.closing.bannerTitle', { time: formatDateTime(closingAt, timeZone).slice(11) })}</strong>
          <ClosingWarningLinks warnings={data.warnings} />
        </Stack>
        <CloseButton
          variant="transparent"
          c="white"
          aria-label={t('handover.closing.dismiss')}
          onClick={() => setDismissedFor(closingAt)}
        />
      </Group>
    </Alert>
  );
}
