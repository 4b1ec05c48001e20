import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { maskNumbersInText } from '../../../../shared/contract/mask-text';
import type { StorageSlipView } from '../../../../shared/contract/storage';
import { labelKey } from '../../app/labels';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { SlipBarcode } from './SlipBarcode';
import './slip-print.css';

export interface SlipPrintJob {
  slip: StorageSlipView;
  /** Known only right after the deposit; a reprint says where to find it instead. */
  claimCode: string | null;
  printedAt: number;
  key: number;
}

interface SlipPrintProps {
  job: SlipPrintJob;
  layout: '80mm' | 'A5';
  siteName: string;
  deskPhone: string;
  clerkName: string;
  timeZone: string;
}

/** The two-part slip: customer copy (number, claim code, items, terms) and item tag (number, location, barcode). */
export function SlipPrint({ job, layout, siteName, deskPhone, clerkName, timeZone }: SlipPrintProps) {
  const { t } = useTranslation();
  const { slip } = job;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  const reprint = job.claimCode === null;
  const footer = (
    <div className="slip-footer">
      <span>
        {t('storage.print.clerk')} {clerkName}
      </span>
      <span>
        {reprint ? `${t('storage.print.reprint')} ` : ''}
        {at(job.printedAt)}
      </span>
    </div>
  );
  return createPortal(
    <div className={`storage-slip-print ${layout === 'A5' ? 'slip-a5' : 'slip-80mm'}`} data-testid="storage-slip">
      <section className="slip-part">
        <div className="slip-site">{siteName}</div>
        <h1>{t('storage.print.customerCopy')}</h1>
        <dl>
          <dt>{t('storage.print.serial')}</dt>
          <dd>{slip.serialNo}</dd>
          <dt>{t('storage.print.claimCode')}</dt>
          <dd className={reprint ? undefined : 'slip-claim-code'}>
            {job.claimCode ?? t('storage.print.claimCodeReprint')}
          </dd>
          <dt>{t('storage.print.depositor')}</dt>
          <dd>
            {slip.depositorName} {maskPhone(slip.phone)}
          </dd>
          <dt>{t('storage.print.items')}</dt>
          <dd>{maskNumbersInText(slip.description)}</dd>
          <dt>{t('storage.print.pieces')}</dt>
          <dd>
            {slip.pieces} · {t(labelKey('storage', 'size', slip.size))}
          </dd>
          <dt>{t('storage.print.depositedAt')}</dt>
          <dd>{at(slip.depositedAt)}</dd>
          <dt>{t('storage.print.expected')}</dt>
          <dd>{at(slip.expectedPickupAt)}</dd>
          {deskPhone && (
            <>
              <dt>{t('storage.print.deskPhone')}</dt>
              <dd>{deskPhone}</dd>
            </>
          )}
        </dl>
        <div className="slip-barcode">
          <SlipBarcode value={slip.serialNo} />
        </div>
        <p className="slip-terms">{t('storage.print.terms')}</p>
        {footer}
      </section>
      <section className="slip-part">
        <div className="slip-site">{siteName}</div>
        <h1>{t('storage.print.itemTag')}</h1>
        <div className="slip-location">{slip.locationCode}</div>
        <dl>
          <dt>{t('storage.print.serial')}</dt>
          <dd>{slip.serialNo}</dd>
          <dt>{t('storage.print.pieces')}</dt>
          <dd>
            {slip.pieces} · {t(labelKey('storage', 'size', slip.size))}
          </dd>
          <dt>{t('storage.print.items')}</dt>
          <dd>{maskNumbersInText(slip.description)}</dd>
          <dt>{t('storage.print.depositedAt')}</dt>
          <dd>{at(slip.depositedAt)}</dd>
        </dl>
        <div className="slip-barcode">
          <SlipBarcode value={slip.serialNo} />
        </div>
        {footer}
      </section>
    </div>,
    document.body,
  );
}
