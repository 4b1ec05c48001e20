import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, type MoneyField, moneyCeilingFen, moneyInputText, parseMoney } from '../../shared/contract/money';
import { parseMessage } from '../../shared/errors';

const invoice = { field: 'invoiceAmount' } as const;
const fenOf = (text: string, rule: Parameters<typeof parseMoney>[1] = invoice) => {
  const parsed = parseMoney(text, rule);
  return parsed.ok ? parsed.fen : parseMessage(parsed.messageKey).key;
};

describe('money typed by a clerk', () => {
  it('accepts plain, grouped, ¥-prefixed and full-width amounts exactly', () => {
    expect(fenOf('12')).toBe(1200);
    expect(fenOf('12.5')).toBe(1250);
    expect(fenOf('12.50')).toBe(1250);
    expect(fenOf('1,234.50')).toBe(123450);
    expect(fenOf('123,456.78')).toBe(12345678);
    expect(fenOf('1,000,000')).toBe(100000000);
    expect(fenOf('¥8,650.50')).toBe(865050);
    expect(fenOf('￥88')).toBe(8800);
    expect(fenOf('１２．５０')).toBe(1250);
    expect(fenOf('１２.５')).toBe(1250);
    expect(fenOf('１，２３４．５')).toBe(123450);
    expect(fenOf('12。5')).toBe(1250);
    expect(fenOf('  0.29 ')).toBe(29);
  });

  it('refuses a decimal comma, which the old parser stored as ¥1,250.00', () => {
    expect(fenOf('12,50')).toBe('errors.amountDecimalComma');
    expect(fenOf('12,5')).toBe('errors.amountDecimalComma');
    expect(fenOf('1.234,50')).toBe('errors.amountDecimalComma');
    expect(fenOf('１２，５０')).toBe('errors.amountDecimalComma');
  });

  it('refuses wrong grouping, more than two decimals, exponents, signs and anything else with its reason', () => {
    expect(fenOf('1,23,456')).toBe('errors.amountGrouping');
    expect(fenOf('12,345,6')).toBe('errors.amountGrouping');
    expect(fenOf('12.345')).toBe('errors.amountDecimals');
    expect(fenOf('1,234.567')).toBe('errors.amountDecimals');
    expect(fenOf('1e3')).toBe('errors.amountExponent');
    expect(fenOf('1E3')).toBe('errors.amountExponent');
    expect(fenOf('-5')).toBe('errors.amountSign');
    expect(fenOf('+5')).toBe('errors.amountSign');
    expect(fenOf('¥-5')).toBe('errors.amountSign');
    expect(fenOf('12 50')).toBe('errors.amountFormat');
    expect(fenOf('.5')).toBe('errors.amountFormat');
    expect(fenOf('12.')).toBe('errors.amountFormat');
    expect(fenOf('abc')).toBe('errors.amountFormat');
    expect(fenOf('0x10')).toBe('errors.amountFormat');
    expect(fenOf('Infinity')).toBe('errors.amountFormat');
  });

  it('refuses empty where required, zero where an amount must be positive, and takes them where allowed', () => {
    expect(fenOf('')).toBe('errors.required');
    expect(fenOf('   ')).toBe('errors.required');
    expect(fenOf('0')).toBe('errors.amountPositive');
    expect(fenOf('0.00')).toBe('errors.amountPositive');
    expect(fenOf('', { field: 'storageFee', allowZero: true, emptyFen: 0 })).toBe(0);
    expect(fenOf('0', { field: 'handoverCash', allowZero: true })).toBe(0);
    expect(fenOf('', { field: 'handoverCash', allowZero: true })).toBe('errors.required');
  });

  it('refuses an amount above the field’s ceiling and names the ceiling', () => {
    const parsed = parseMoney('1,000.01', { field: 'storageFee', allowZero: true });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parseMessage(parsed.messageKey)).toEqual({ key: 'errors.amountTooLarge', params: { max: '¥1,000.00' } });
    expect(fenOf('1000', { field: 'storageFee' })).toBe(100000);
    expect(fenOf('99999999999999999999')).toBe('errors.amountTooLarge');
  });

  it('formats with thousands separators', () => {
    expect(formatMoney(865050)).toBe('¥8,650.50');
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(123456789)).toBe('¥1,234,567.89');
    expect(formatMoney(-1200)).toBe('-¥12.00');
    expect(moneyInputText(865050)).toBe('8,650.50');
  });
});

describe('money properties (fast-check)', () => {
  const fields = Object.keys(moneyCeilingFen) as MoneyField[];
  const fieldArb = fc.constantFrom(...fields);
  const amountIn = (field: MoneyField) => fc.integer({ min: 0, max: moneyCeilingFen[field] });

  it('parse(format(x)) = x and parse(inputText(x)) = x for every fen amount under each ceiling', () => {
    fc.assert(
      fc.property(
        fieldArb.chain((field) => fc.tuple(fc.constant(field), amountIn(field))),
        ([field, fen]) => {
          const rule = { field, allowZero: true };
          expect(parseMoney(formatMoney(fen), rule)).toEqual({ ok: true, fen });
          expect(parseMoney(moneyInputText(fen), rule)).toEqual({ ok: true, fen });
          expect(parseMoney(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`, rule)).toEqual({
            ok: true,
            fen,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every accepted string maps to exactly the value its digits say: nothing is ever rounded', () => {
    const chars = fc.constantFrom(...'0123456789.,¥-+e '.split(''), '．', '，', '１', '５');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 14 }).map((a) => a.join('')),
        (text) => {
          const parsed = parseMoney(text, { field: 'invoiceAmount', allowZero: true });
          if (!parsed.ok) return;
          // Exact: the ASCII digits with separators removed are the fen value (decimals padded to two).
          const ascii = text.normalize('NFKC').trim().replace(/^¥\s*/, '');
          const [whole = '', decimals = ''] = ascii.replace(/,/g, '').split('.');
          expect(decimals.length).toBeLessThanOrEqual(2);
          expect(parsed.fen).toBe(Number(whole) * 100 + Number(decimals.padEnd(2, '0')));
          expect(Number.isInteger(parsed.fen)).toBe(true);
          // And it prints back to a text that parses to the same value.
          expect(parseMoney(formatMoney(parsed.fen), { field: 'invoiceAmount', allowZero: true })).toEqual(parsed);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('a decimal comma (digits, comma, one or two digits) is always refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.stringMatching(/^\d{1,2}$/), (whole, dec) => {
        const parsed = parseMoney(`${whole},${dec}`, invoice);
        expect(parsed.ok).toBe(false);
      }),
    );
  });

  it('three or more decimals are always refused, never rounded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.stringMatching(/^\d{3,6}$/), (whole, dec) => {
        expect(parseMoney(`${whole}.${dec}`, invoice)).toEqual({ ok: false, messageKey: 'errors.amountDecimals' });
      }),
    );
  });
});
