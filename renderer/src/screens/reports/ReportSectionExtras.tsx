import { useTranslation } from 'react-i18next';
import type { ReportSectionData } from '../../../../shared/contract/reports';
import { formatFigure } from './figures';

/** A section's own tables (satisfaction per question, per team…) and its lines of free text, on screen and on paper. */
export function ReportSectionExtras({ section, timeZone }: { section: ReportSectionData; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { timeZone, dateStyle: 'short', timeStyle: 'short' });
  return (
    <>
      {(section.tables ?? [])
        .filter((table) => table.rows.length > 0)
        .map((table) => (
          <table key={table.key} className="report-breakdown" aria-label={t(table.key)}>
            <thead>
              <tr>
                <th>{t(table.key)}</th>
                {table.columns.map((c) => (
                  <th key={c.key}>{t(c.key)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <td>{row.label ?? (table.labelPrefix ? t(`${table.labelPrefix}.${row.key}`) : row.key)}</td>
                  {row.values.map((value, i) => (
                    <td key={table.columns[i]?.key ?? i} className="num">
                      {formatFigure(t, { value, format: table.columns[i]?.format ?? 'count' })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {(section.notes ?? [])
        .filter((notes) => notes.rows.length > 0)
        .map((notes) => (
          <table key={notes.key} className="report-notes" aria-label={t(notes.key)}>
            <thead>
              <tr>
                <th colSpan={3}>{t(notes.key)}</th>
              </tr>
            </thead>
            <tbody>
              {notes.rows.map((row) => (
                <tr key={`${row.ref}-${row.text}`}>
                  <td>
                    {when.format(row.at)} {row.ref}
                  </td>
                  <td>{t(`${notes.labelPrefix}.${row.tag}`)}</td>
                  <td>{row.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}
