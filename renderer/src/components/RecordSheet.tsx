import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/time';
import type { PrintJob } from '../lib/usePrintJob';
import './a4-sheet.css';
import './record-sheet.css';

/** What every printout of one record is given by its screen: the print job, the site and the printing clerk. */
export interface RecordPrintProps<R> {
  job: PrintJob<R>;
  siteName: string;
  clerkName: string;
  timeZone: string;
}

interface RecordSheetProps extends RecordPrintProps<unknown> {
  title: string;
  /** The number line on the left ("单号：…"); the print line on the right says when, who, and 补打 on a reprint. */
  serial: { label: string; value: string };
  rows: [string, string][];
  /** What the customer confirms by signing, above the signature lines. */
  statement?: string;
  signatures: string[];
  children?: ReactNode;
  testId: string;
}

/**
 * One record on A4 for print: the site, the document's title, its number and print time, a table of label and
 * value, and signature lines. Each module's printed record is this layout with its own rows.
 */
export function RecordSheet(props: RecordSheetProps) {
  const { job, siteName, clerkName, timeZone, title, serial, rows, statement, signatures, children, testId } = props;
  const { t } = useTranslation();
  const printed = { time: formatDateTime(job.printedAt, timeZone), clerk: clerkName };
  return createPortal(
    <div className="a4-sheet record-sheet" data-testid={testId}>
      <div className="a4-sheet-site">{siteName}</div>
      <h1>{title}</h1>
      <div className="record-meta">
        <span>{t('print.labelValue', serial)}</span>
        <span>{t(job.reprint ? 'print.reprinted' : 'print.printed', printed)}</span>
      </div>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
      {statement && <p className="record-statement">{statement}</p>}
      <div className="record-signatures">
        {signatures.map((s) => (
          <div key={s}>{s}</div>
        ))}
      </div>
    </div>,
    document.body,
  );
}
