import { useTranslation } from 'react-i18next';
import type { GiftLedgerView } from '../../../../shared/contract/gifts';
import { formatMoney } from '../../../../shared/contract/money';
import { labelKey } from '../../app/labels';
import { type RecordPrintProps, RecordSheet } from '../../components/RecordSheet';
import { formatDateTime } from '../../lib/time';
import './gifts-print.css';

/** 赠品台账 on A4: the campaign, each gift's stock, every movement, signatures of the desk and the planning dept. */
export function LedgerSheet(props: RecordPrintProps<GiftLedgerView & { id: string }>) {
  const { job, timeZone } = props;
  const { t } = useTranslation();
  const { campaign, moves } = job.record;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  const rows: [string, string][] = [
    [t('gifts.fields.campaign'), campaign.name],
    [t('gifts.ledger.days'), `${campaign.startDay} – ${campaign.endDay}`],
    [
      t('gifts.ledger.rule'),
      t('gifts.form.rule', {
        amount: formatMoney(campaign.thresholdFen),
        count: campaign.perPersonPerDay,
        from: campaign.startDay,
        to: campaign.endDay,
      }),
    ],
    ...campaign.items.map((i): [string, string] => [
      i.name,
      t('gifts.ledger.stockLine', {
        received: i.received,
        redeemed: i.redeemed,
        prizes: i.prizes,
        sentBack: i.sentBack,
        stock: i.stock,
      }),
    ]),
  ];
  return (
    <RecordSheet
      {...props}
      testId="gift-ledger"
      title={t('gifts.ledger.printTitle')}
      serial={{ label: t('gifts.fields.campaign'), value: campaign.name }}
      rows={rows}
      signatures={[t('gifts.ledger.deskSignature'), t('gifts.ledger.planningSignature')]}
    >
      <table className="gift-moves">
        <thead>
          <tr>
            <th>{t('gifts.ledger.at')}</th>
            <th>{t('gifts.fields.gift')}</th>
            <th>{t('gifts.ledger.kind')}</th>
            <th>{t('gifts.fields.quantity')}</th>
            <th>{t('gifts.ledger.source')}</th>
            <th>{t('gifts.ledger.record')}</th>
            <th>{t('gifts.ledger.clerk')}</th>
          </tr>
        </thead>
        <tbody>
          {moves.map((m) => (
            <tr key={m.id}>
              <td>{at(m.at)}</td>
              <td>{m.itemName}</td>
              <td>{t(labelKey('gifts', 'moveKind', m.kind))}</td>
              <td>{m.quantity}</td>
              <td>{m.source}</td>
              <td>{m.serialNo ? `${m.serialNo} ${m.personName}` : ''}</td>
              <td>{m.clerkName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </RecordSheet>
  );
}
