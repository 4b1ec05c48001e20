import { formatMoney, type MoneyRule, parseMoney, setMoneyCeilings } from '../../../shared/contract/money';
import { useApiQuery } from '../api/hooks';
import i18n from '../i18n';

/**
 * What a money field will save, shown under it as the clerk types ("将记为 ¥12.50"), so a full-width or grouped
 * amount is seen as the value it becomes; nothing while the field is empty or refused (the error says why).
 */
export function moneyEcho(text: string, rule: MoneyRule): string | undefined {
  if (text.trim() === '') return undefined;
  const parsed = parseMoney(text, rule);
  return parsed.ok ? i18n.t('money.willSave', { amount: formatMoney(parsed.fen) }) : undefined;
}

/** The fen of a money field's text, or null while it is refused. */
export function moneyFen(text: string, rule: MoneyRule): number | null {
  const parsed = parseMoney(text, rule);
  return parsed.ok ? parsed.fen : null;
}

/**
 * Keeps the forms' money ceilings those main enforces: the shell reads them once a clerk is in, and again after a
 * supervisor saves them (the query refetches), so a field refuses what main would refuse, naming the same limit.
 */
export function useMoneyCeilingsInForce(): void {
  const ceilings = useApiQuery('settings:moneyCeilings', {}).data?.ceilings;
  if (ceilings) setMoneyCeilings(ceilings);
}
