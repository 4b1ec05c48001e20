import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { HandoverRecord } from '../../../../shared/contract/handover';
import { maskNumbersInText } from '../../../../shared/contract/mask-text';
import { formatFen } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { SheetSections } from './SheetSections';
import './handover-sheet.css';
import '../../components/a4-sheet.css';

interface HandoverPrintProps {
  record: HandoverRecord;
  printedAt: number;
  timeZone: string;
}

/**
 * The A4 handover sheet, from the stored snapshot (a reprint shows what was open then). Rendered outside the app
 * and shown only when printing. Ends with the audit chain head so later changes are provable from the paper copy.
 */
export function HandoverPrint({ record, printedAt, timeZone }: HandoverPrintProps) {
  const { t } = useTranslation();
  const { sheet } = record;
  const at = (ms: number | null) => (ms === null ? '' : formatDateTime(ms, timeZone));
  const cashLines = sheet.sections.flatMap((s) => s.cash);
  return createPortal(
    <div className="a4-sheet handover-print">
      <header>
        <div className="a4-sheet-site">{sheet.siteName}</div>
        <h1>{t('handover.sheetTitle')}</h1>
        <div className="handover-meta">
          <span>
            {t('handover.print.number')}：{record.serialNo}
          </span>
          <span>
            {t('handover.print.counter')}：{sheet.counterName}
          </span>
          <span>
            {t('handover.print.shift')}：{at(sheet.openedAt)} – {at(record.closedAt)}
          </span>
          <span>
            {t('handover.print.outgoing')}：{sheet.outgoing.name}（{sheet.outgoing.employeeNo}）
          </span>
          <span>
            {t('handover.print.incoming')}：
            {record.incoming
              ? `${record.incoming.name}（${record.incoming.employeeNo}）`
              : t('handover.print.noSuccessor')}
          </span>
          <span>
            {t('handover.print.acknowledgedAt')}：{at(record.acknowledgedAt)}
          </span>
        </div>
      </header>
      {sheet.closingWarnings?.length ? (
        <p>
          <strong>{t('handover.closing.sheetTitle')}：</strong>
          {sheet.closingWarnings.map((w) => t(`handover.closing.${w.key}`, { count: w.count })).join('；')}
        </p>
      ) : null}
      <SheetSections sections={sheet.sections} timeZone={timeZone} />
      <div className="handover-sheet">
        <h3>{t('handover.cash.title')}</h3>
        <table>
          <tbody>
            {cashLines.map((c) => (
              <tr key={c.key}>
                <th scope="row">{t(c.key)}</th>
                <td>{formatFen(c.fen)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('handover.cash.expected')}</th>
              <td>{formatFen(record.cashExpectedFen)}</td>
            </tr>
            <tr>
              <th scope="row">{t('handover.cash.counted')}</th>
              <td>{formatFen(record.cashCountedFen)}</td>
            </tr>
            {record.cashCountedFen !== record.cashExpectedFen && (
              <tr>
                <th scope="row">{t('handover.cash.difference')}</th>
                <td>
                  {formatFen(record.cashCountedFen - record.cashExpectedFen)}　
                  {maskNumbersInText(record.cashDifferenceNote ?? '')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        {record.itemCounts.length > 0 && (
          <>
            <h3>{t('handover.items.title')}</h3>
            <table>
              <tbody>
                <tr>
                  {record.itemCounts.map((i) => (
                    <td key={i.name}>
                      {i.name}：<strong>{i.count}</strong>
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </>
        )}
        <h3>{t('handover.notes')}</h3>
        <div className="handover-notes">{maskNumbersInText(record.notes)}</div>
      </div>
      <div className="handover-signatures">
        <span>{t('handover.print.signOutgoing')}：____________</span>
        <span>{t('handover.print.signIncoming')}：____________</span>
      </div>
      <footer>
        <div>{t('handover.print.printedAt', { at: formatDateTime(printedAt, timeZone) })}</div>
        <div>
          {t('handover.print.auditHead', { count: record.auditCount, hash: record.auditHashPrefix })}（
          {t('handover.print.auditHint')}）
        </div>
      </footer>
    </div>,
    document.body,
  );
}
