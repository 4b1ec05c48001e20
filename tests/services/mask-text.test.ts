import { describe, expect, it } from 'vitest';
import { maskNumbersInText } from '../../shared/contract/mask-text';

describe('phone-like and ID-like numbers in free text are masked on printouts', () => {
  it('masks mobiles written any common way, keeping the first three and last four digits', () => {
    for (const typed of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '008613800138000'])
      expect(maskNumbersInText(`请回电 ${typed} 谢谢`)).toBe('请回电 138****8000 谢谢');
    expect(maskNumbersInText('请回电１３８００１３８０００')).toBe('请回电138****8000');
  });

  it('masks landlines with their area code, keeping the area code', () => {
    expect(maskNumbersInText('座机 021-12345678')).toBe('座机 021-****5678');
    expect(maskNumbersInText('(0591) 8765 4321')).toBe('0591-****4321');
    expect(maskNumbersInText('（0591）87654321')).toBe('0591-****4321');
  });

  it('masks resident IDs (18 and 15 digits, x read as X), permits and passports', () => {
    expect(maskNumbersInText('身份证11010519491231002x')).toBe('身份证110***********002X');
    expect(maskNumbersInText('旧证 110105491231002。')).toBe('旧证 110********1002。');
    expect(maskNumbersInText('护照 E12345678，回乡证 H12345678')).toBe('护照 E*****678，回乡证 H*****678');
  });

  it('leaves dates, amounts, serials, receipt numbers and short numbers as typed (the bad case: over-masking)', () => {
    for (const text of [
      '单号 JC-XH-20261201-0013',
      '金额 ¥1,234.50，退款 12.50 元',
      '日期 2026-12-01 10:00',
      '小票 XP20261124001',
      '柜号 G-01，共 3 件',
      '订单 202612011234567890123',
      '',
    ])
      expect(maskNumbersInText(text)).toBe(text);
  });

  it('a number glued to letters or longer digit runs is not a phone', () => {
    expect(maskNumbersInText('ABC13800138000')).toBe('ABC13800138000');
    expect(maskNumbersInText('113800138000')).toBe('113800138000');
  });
});
