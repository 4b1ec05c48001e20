import type { TFunction } from 'i18next';
import type { ReportBreakdown, ReportFigure } from '../../../../shared/contract/reports';
import { formatFen } from '../../lib/format';

const MINUTE = 60_000;

/** A figure as a person reads it: ¥1,234.50, 2 小时 5 分, 85.0%, or a plain count (one decimal when not whole). */
export function formatFigure(t: TFunction, figure: Pick<ReportFigure, 'value' | 'format'>): string {
  const { value } = figure;
  switch (figure.format) {
    case 'fen':
      return formatFen(value);
    case 'rate':
      return `${(value * 100).toFixed(1)}%`;
    case 'duration': {
      if (value <= 0) return t('reports.duration.none');
      const minutes = Math.round(value / MINUTE);
      if (minutes < 60) return t('reports.duration.minutes', { m: minutes });
      return t('reports.duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
    }
    default:
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
}

export function breakdownLabel(t: TFunction, breakdown: ReportBreakdown, key: string): string {
  return breakdown.labelPrefix ? t(`${breakdown.labelPrefix}.${key}`) : key;
}

/** 日报 2026-11-24 / 月报 2026年11月 */
export function reportTitle(t: TFunction, kind: 'daily' | 'monthly', period: string): string {
  if (kind === 'daily') return t('reports.titleDaily', { day: period });
  return t('reports.titleMonthly', { year: period.slice(0, 4), month: Number(period.slice(5, 7)) });
}
