import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GiftCampaignView } from '../../../../shared/contract/gifts';

interface CampaignSelectProps {
  campaigns: GiftCampaignView[];
  campaignId: string;
  itemId: string;
  campaignError?: string;
  itemError?: string;
  itemLabel: string;
  onCampaign(id: string): void;
  onItem(id: string): void;
  autoFocus?: boolean;
}

/** The campaign and one of its gifts with the stock left: the first two fields of a redemption and of a draw. */
export function CampaignSelect(props: CampaignSelectProps) {
  const { t } = useTranslation();
  const campaign = props.campaigns.find((c) => c.id === props.campaignId);
  return (
    <Group grow gap="xs" align="flex-start">
      <NativeSelect
        autoFocus={props.autoFocus}
        label={t('gifts.fields.campaign')}
        value={props.campaignId}
        error={props.campaignError}
        onChange={(e) => props.onCampaign(e.currentTarget.value)}
        data={[{ value: '', label: '—' }, ...props.campaigns.map((c) => ({ value: c.id, label: c.name }))]}
      />
      <NativeSelect
        label={props.itemLabel}
        value={props.itemId}
        error={props.itemError}
        onChange={(e) => props.onItem(e.currentTarget.value)}
        data={[
          { value: '', label: '—' },
          ...(campaign?.items ?? [])
            .filter((i) => i.active)
            .map((i) => ({ value: i.id, label: t('gifts.form.itemOption', { name: i.name, stock: i.stock }) })),
        ]}
      />
    </Group>
  );
}
