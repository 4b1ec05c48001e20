import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { creditCodeCheckCharacter, creditCodeProblem } from '../../shared/contract/credit-code';
import { type RequestInvoiceInput, requestInvoiceInput } from '../../shared/contract/invoices';
import { parseMessage } from '../../shared/errors';

const VALID_CODE = '91350100M000100Y43';
const SOME_ID = '0192a000-0000-7000-8000-000000000000';

function issues(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  if (result.success) throw new Error(`expected the input to be refused: ${JSON.stringify(result.data)}`);
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.join('.')] ??= parseMessage(issue.message).key;
  return out;
}

function base(): RequestInvoiceInput {
  return {
    receiptNos: ['XP20261124001'],
    shopId: SOME_ID,
    purchaseDate: '2026-11-23',
    amountYuan: '1234.50',
    kind: 'vat_ordinary',
    medium: 'electronic',
    buyerType: 'organisation',
    title: '福州星河贸易有限公司',
    taxpayerId: VALID_CODE,
    email: 'finance@example.com',
  };
}

describe('unified social credit code (GB 32100)', () => {
  it('accepts valid codes and computes their check character', () => {
    expect(creditCodeProblem(VALID_CODE)).toBeNull();
    expect(creditCodeCheckCharacter(VALID_CODE.slice(0, 17))).toBe('3');
    for (const first17 of ['91110108MA01C4QX6', '91310000MA1FL1234', '12100000400000770']) {
      const check = creditCodeCheckCharacter(first17) as string;
      expect(creditCodeProblem(first17 + check)).toBeNull();
    }
  });

  it('refuses every wrong check character, wrong lengths and the letters I, O, Z, S, V', () => {
    for (const ch of '0123456789ABCDEFGHJKLMNPQRTUWXY')
      if (ch !== '3') expect(creditCodeProblem(`${VALID_CODE.slice(0, 17)}${ch}`)).toBe('checkCharacter');
    expect(creditCodeProblem(VALID_CODE.slice(0, 17))).toBe('length');
    for (const bad of 'IOZSV') expect(creditCodeProblem(`9135010${bad}M000100Y43`)).toBe('characters');
  });
});

describe('amounts typed in yuan at the invoice', () => {
  it('refuses zero, a sign, three decimals and a decimal comma at the amount field', () => {
    const desk = base();
    const at = (amountYuan: string) => issues(requestInvoiceInput.safeParse({ ...desk, amountYuan })).amountYuan;
    expect(at('0')).toBe('errors.amountPositive');
    expect(at('-5')).toBe('errors.amountSign');
    expect(at('1.234')).toBe('errors.amountDecimals');
    expect(at('12,50')).toBe('errors.amountDecimalComma');
  });
});

describe('invoice request form rules', () => {
  const refusedAt = (input: Partial<RequestInvoiceInput>) =>
    issues(requestInvoiceInput.safeParse({ ...base(), ...input }));

  it('an organisation needs a valid taxpayer ID, with the reason at the field', () => {
    expect(refusedAt({ taxpayerId: '' }).taxpayerId).toBe('errors.taxpayerIdRequired');
    expect(refusedAt({ taxpayerId: '91350100M000100Y44' }).taxpayerId).toBe('errors.creditCodeCheck');
    expect(refusedAt({ taxpayerId: '91350100M000100Y4' }).taxpayerId).toBe('errors.creditCodeLength');
    expect(refusedAt({ taxpayerId: '9135010OM000100Y43' }).taxpayerId).toBe('errors.creditCodeCharacters');
    expect(requestInvoiceInput.parse({ ...base(), taxpayerId: ' 91350100m000100y43 ' }).taxpayerId).toBe(VALID_CODE);
  });

  it('a person needs no taxpayer ID; electronic needs an e-mail; special needs bank details', () => {
    expect(
      requestInvoiceInput.safeParse({ ...base(), buyerType: 'person', taxpayerId: '', title: '个人' }).success,
    ).toBe(true);
    expect(refusedAt({ email: '' }).email).toBe('errors.emailRequired');
    expect(refusedAt({ email: 'not-mail' }).email).toBe('errors.emailFormat');
    const special = refusedAt({ kind: 'vat_special' });
    for (const field of ['address', 'phone', 'bank', 'account'])
      expect(special[field]).toBe('errors.requiredForSpecial');
    expect(refusedAt({ receiptNos: [] }).receiptNos).toBe('errors.receiptNoRequired');
    expect(refusedAt({ receiptNos: ['A001', 'a001'] }).receiptNos).toBe('errors.receiptNoRepeated');
    expect(refusedAt({ title: ' ' }).title).toBe('errors.required');
    expect(refusedAt({ purchaseDate: '2026-02-30' }).purchaseDate).toBe('errors.dateFormat');
  });
});
