import {
  editItemInput,
  type LostfoundCategory,
  type LostfoundFinderKind,
  type LostfoundItemView,
  type LostfoundValueClass,
  lossReportInput,
  registerItemInput,
} from '../../../../shared/contract/lostfound';
import { type Checked, checkWith } from '../../lib/checkInput';
import { formatDateTime, parseSiteDateTime } from '../../lib/time';

export { checkWith };

export interface ItemValues {
  category: LostfoundCategory;
  description: string;
  colour: string;
  brand: string;
  valueClass: LostfoundValueClass;
  cash: string;
  foundPlace: string;
  foundAt: string;
  finderKind: LostfoundFinderKind;
  finderName: string;
  finderPhone: string;
  storagePlace: string;
  photo: string | null;
}

export const emptyItem: ItemValues = {
  category: 'other',
  description: '',
  colour: '',
  brand: '',
  valueClass: 'ordinary',
  cash: '',
  foundPlace: '',
  foundAt: '',
  finderKind: 'customer',
  finderName: '',
  finderPhone: '',
  storagePlace: '',
  photo: null,
};

export function toItemInput(values: ItemValues, timeZone: string): Checked<typeof registerItemInput> {
  const foundAt = parseSiteDateTime(values.foundAt, timeZone);
  const extra: Record<string, string> = foundAt === undefined ? { foundAt: 'lostfound.form.timeFormat' } : {};
  return checkWith(registerItemInput, { ...values, foundAt: foundAt ?? null }, extra);
}

export interface ReportValues {
  reporterName: string;
  phone: string;
  category: LostfoundCategory;
  description: string;
  lostPlace: string;
  lostFrom: string;
  lostTo: string;
}

export function emptyReport(now: number, timeZone: string): ReportValues {
  return {
    reporterName: '',
    phone: '',
    category: 'other',
    description: '',
    lostPlace: '',
    lostFrom: formatDateTime(now - 2 * 3600_000, timeZone),
    lostTo: formatDateTime(now, timeZone),
  };
}

export function toReportInput(values: ReportValues, timeZone: string): Checked<typeof lossReportInput> {
  const extra: Record<string, string> = {};
  const time = (key: 'lostFrom' | 'lostTo') => {
    const at = parseSiteDateTime(values[key], timeZone);
    if (at === undefined || at === null) extra[key] = at === null ? 'errors.required' : 'lostfound.form.timeFormat';
    // A time that could not be read is refused above; the schema sees a value it refuses too.
    return at ?? -1;
  };
  const lostFrom = time('lostFrom');
  const lostTo = time('lostTo');
  return checkWith(lossReportInput, { ...values, lostFrom, lostTo }, extra);
}

/** An item in custody as its edit form starts: its stored values, the found time as the clerk reads it. */
export function itemValuesOf(item: LostfoundItemView, photo: string | null, timeZone: string): ItemValues {
  return {
    category: item.category,
    description: item.description,
    colour: item.colour,
    brand: item.brand,
    valueClass: item.valueClass,
    cash: item.cashFen > 0 ? formatFenPlain(item.cashFen) : '',
    foundPlace: item.foundPlace,
    foundAt: formatDateTime(item.foundAt, timeZone),
    finderKind: item.finderKind,
    finderName: item.finderName,
    finderPhone: item.finderPhone,
    storagePlace: item.storagePlace,
    photo,
  };
}

/** The edit as sent: based on the version shown; the photo only when it changed (left out, the stored one stays). */
export function toEditInput(
  values: ItemValues,
  item: Pick<LostfoundItemView, 'id' | 'version' | 'foundAt'>,
  photoBefore: string | null,
  timeZone: string,
): Checked<typeof editItemInput> {
  // The field shows minutes: left as shown, the stored time (to the second) stays, so no change is logged.
  const foundAt =
    values.foundAt === formatDateTime(item.foundAt, timeZone) ? null : parseSiteDateTime(values.foundAt, timeZone);
  const extra: Record<string, string> = foundAt === undefined ? { foundAt: 'lostfound.form.timeFormat' } : {};
  const { photo, ...rest } = values;
  return checkWith(
    editItemInput,
    {
      ...rest,
      ...(photo === photoBefore ? {} : { photo }),
      foundAt: foundAt ?? null,
      id: item.id,
      version: item.version,
    },
    extra,
  );
}

function formatFenPlain(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
