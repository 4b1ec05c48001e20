import { Group, Paper, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../shared/contract/customers-views';
import { canonicalPhoneOrNull } from '../../../shared/contract/phone';
import type { SearchHit } from '../../../shared/contract/search';
import type { ModuleName } from '../../../shared/modules';
import { useApiQuery } from '../api/hooks';
import { titleKey } from '../app/labels';
import { maskPhone } from '../lib/format';
import { formatDateTime } from '../lib/time';
import { HitStatusBadge } from './HitStatusBadge';

/** Modules whose records are titled by the person's name (a found item is titled by what it is, a request by its buyer). */
const NAMED_BY_PERSON: ReadonlySet<ModuleName> = new Set<ModuleName>([
  'calls',
  'reception',
  'storage',
  'returns',
  'complaints',
  'loans',
  'repairs',
  'passes',
  'releases',
]);

/** The name the desk knows for a number: the customer's file first, else the newest record that names a person. */
export function knownName(file: CustomerSummary | null | undefined, hits: SearchHit[], phone: string): string {
  if (file?.name) return file.name;
  const named = hits
    .filter((h) => NAMED_BY_PERSON.has(h.module) && !h.voided && h.title.trim() !== '' && h.title !== phone)
    .sort((a, b) => b.at - a.at);
  return named[0]?.title ?? '';
}

const SHOWN_OPEN = 4;

interface KnownCallerProps {
  phone: string;
  timeZone: string;
  /** The form's name field now: filled with the known name only while it is empty. */
  name?: string;
  onName?: (name: string) => void;
}

/**
 * Under a phone field, once a whole number is typed: who this is (the name fills an empty name field), how often
 * the desk has had them and when last, and what is still open for the number (a callback due, a complaint, goods
 * in storage, an invoice not issued), before anything is saved. Phones shown masked.
 */
export function KnownCaller({ phone, timeZone, name, onName }: KnownCallerProps) {
  const { t } = useTranslation();
  const canonical = canonicalPhoneOrNull(phone);
  const history = useApiQuery('search:history', { phone: canonical ?? '' }, { enabled: canonical !== null });
  const file = useApiQuery('customers:byPhone', { phone: canonical ?? '' }, { enabled: canonical !== null });
  const hits = canonical && history.data ? history.data : [];
  const known = canonical && file.isSuccess ? knownName(file.data, hits, canonical) : '';
  // Filled once per number: a name the clerk clears or changes afterwards stays as the clerk left it.
  const filledFor = useRef<string | null>(null);
  const emptyName = (name ?? '').trim() === '';
  useEffect(() => {
    if (!canonical || !known || !onName || filledFor.current === canonical) return;
    filledFor.current = canonical;
    if (emptyName) onName(known);
  }, [canonical, known, onName, emptyName]);
  if (!canonical || hits.length === 0) return null;
  const open = hits.filter((h) => h.status?.open && !h.voided);
  const last = Math.max(...hits.map((h) => h.at));
  return (
    <Paper withBorder px={6} py={2} mt={2} role="region" aria-label={t('knownCaller.title')}>
      <Text size="xs">
        {t('knownCaller.known', {
          name: known || maskPhone(canonical),
          count: hits.length,
          last: formatDateTime(last, timeZone),
        })}
      </Text>
      {open.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('knownCaller.nothingOpen')}
        </Text>
      ) : (
        <Group gap={4} wrap="wrap">
          <Text size="xs" fw={600}>
            {t('knownCaller.open', { count: open.length })}
          </Text>
          {open.slice(0, SHOWN_OPEN).map((hit) => (
            // The state first and whole; in a narrow column the serial is what gives way (cut at its end).
            <Group key={hit.entityId} gap={4} wrap="nowrap" maw="100%" aria-label={hit.serialNo ?? hit.title}>
              <div style={{ flexShrink: 0 }}>
                <HitStatusBadge status={hit.status} />
              </div>
              <Text size="xs" truncate="end" title={hit.serialNo ?? undefined}>
                {t(titleKey(hit.module))} {hit.serialNo ?? ''}
              </Text>
            </Group>
          ))}
          {open.length > SHOWN_OPEN && (
            <Text size="xs" c="dimmed">
              {t('knownCaller.more', { count: open.length - SHOWN_OPEN })}
            </Text>
          )}
        </Group>
      )}
    </Paper>
  );
}
