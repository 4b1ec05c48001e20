/** Money and masked numbers as the desk shows them. */
/** ¥1,234.50 from integer fen. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** 138****1234 for mobiles; landlines keep the area code and last four. */
export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length > 6) return `${phone.slice(0, 4)}****${phone.slice(-4)}`;
  return phone;
}
