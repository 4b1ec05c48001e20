import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReturnPolicyVerdict } from '../../../../shared/contract/returns';

/** Says at once whether the request meets the policy, and why, in words (never colour alone). */
export function PolicyVerdict({ verdict }: { verdict: ReturnPolicyVerdict }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={verdict.meetsPolicy ? 'green' : 'orange'}
      title={`${t(verdict.meetsPolicy ? 'returns.policy.meets' : 'returns.policy.fails')} · ${t('returns.policy.days', {
        days: verdict.daysSincePurchase,
        limit: verdict.limitDays,
      })}`}
      py={6}
    >
      <List size="sm" spacing={0}>
        {verdict.reasons.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List>
      {!verdict.meetsPolicy && t('returns.policy.exceptionHint')}
    </Alert>
  );
}
