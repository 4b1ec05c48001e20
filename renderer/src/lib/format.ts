/** Money and masked numbers as the desk shows them. */
import { formatMoney } from '../../../shared/contract/money';

/** ¥1,234.50 from integer fen: the contract's one money formatter. */
export const formatFen = formatMoney;

/** 138****1234 for mobiles; landlines keep the area code and last four. */
export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length > 6) return `${phone.slice(0, 4)}****${phone.slice(-4)}`;
  return phone;
}
