import { useTranslation } from 'react-i18next';
import type { HandoverItem, HandoverSectionData } from '../../../../shared/contract/handover';
import { maskNumbersInText } from '../../../../shared/contract/mask-text';
import { formatDateTime } from '../../lib/time';

const columns = ['serial', 'name', 'phoneMasked', 'since', 'due', 'location', 'note'] as const;
type Column = (typeof columns)[number];
const columnLabel: Record<Column, string> = {
  serial: 'handover.col.serial',
  name: 'handover.col.name',
  phoneMasked: 'handover.col.phone',
  since: 'handover.col.since',
  due: 'handover.col.due',
  location: 'handover.col.location',
  note: 'handover.col.note',
};

/**
 * Every module's counts and open items as plain tables: the same markup on screen and on the A4 sheet, so what the
 * clerk checks before handing over is what gets printed. Columns no item of a list uses are left out.
 */
export function SheetSections({ sections, timeZone }: { sections: HandoverSectionData[]; timeZone: string }) {
  const { t } = useTranslation();
  const cell = (item: HandoverItem, column: Column) => {
    const value = item[column];
    if (value === undefined || value === '') return '';
    if (column === 'since' || column === 'due') return formatDateTime(value as number, timeZone);
    // Free text (a callback's summary, a complaint's cause) is shown and printed with phone and ID numbers masked.
    if (column === 'note') return maskNumbersInText(String(value));
    return String(value);
  };
  return (
    <div className="handover-sheet">
      <h3>{t('handover.counts')}</h3>
      <table className="handover-counts">
        <tbody>
          {sections.map((s) => (
            <tr key={s.key}>
              <th scope="row">{t(s.key)}</th>
              {s.counts.map((c) => (
                <td key={c.key}>
                  {t(c.key)} <strong>{c.value}</strong>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('handover.openItems')}</h3>
      {sections.flatMap((s) =>
        s.open.map((list) => {
          const used = columns.filter((c) => list.items.some((i) => cell(i, c) !== ''));
          return (
            <section key={list.key} className="handover-open">
              <h4>
                {t(list.key)}（{list.items.length}）
                {list.items.length === 0 && <span className="handover-none">{t('handover.noOpen')}</span>}
              </h4>
              {list.items.length > 0 && (
                <table>
                  <thead>
                    <tr>
                      {used.map((c) => (
                        <th key={c}>
                          {c === 'note'
                            ? t(`${list.key}Note`, { defaultValue: t(columnLabel.note) })
                            : t(columnLabel[c])}
                        </th>
                      ))}
                      {list.items.some((i) => i.overdue) && <th />}
                    </tr>
                  </thead>
                  <tbody>
                    {list.items.map((item, index) => (
                      <tr key={item.serial ?? index} className={item.overdue ? 'handover-overdue' : undefined}>
                        {used.map((c) => (
                          <td key={c}>{cell(item, c)}</td>
                        ))}
                        {list.items.some((i) => i.overdue) && <td>{item.overdue ? t('handover.overdue') : ''}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          );
        }),
      )}
    </div>
  );
}
