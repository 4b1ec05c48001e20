import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './a4-sheet.css';
import './record-sheet.css';

interface RecordSheetProps {
  siteName: string;
  title: string;
  /** The serial line on the left and the print line on the right (with 补打 on a reprint). */
  serialLine: string;
  printedLine: string;
  rows: [string, string][];
  signatures: string[];
  children?: ReactNode;
  testId: string;
}

/**
 * One record on A4 for print: the site, the document's title, its number and print time, a table of label and
 * value, and signature lines. Each module's printed record is this layout with its own rows.
 */
export function RecordSheet({
  siteName,
  title,
  serialLine,
  printedLine,
  rows,
  signatures,
  children,
  testId,
}: RecordSheetProps) {
  return createPortal(
    <div className="a4-sheet record-sheet" data-testid={testId}>
      <div className="a4-sheet-site">{siteName}</div>
      <h1>{title}</h1>
      <div className="record-meta">
        <span>{serialLine}</span>
        <span>{printedLine}</span>
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
      <div className="record-signatures">
        {signatures.map((s) => (
          <div key={s}>{s}</div>
        ))}
      </div>
    </div>,
    document.body,
  );
}
