/**
 * Refusals of the values a clerk types (money, identity documents, phones), one message per reason, in both
 * languages: each says what is wrong and what would be right.
 */
export const valuesErrorsZhCN = {
  amountFormat: '金额格式应为元，最多两位小数（如 12.50 或 1,234.50）',
  amountPositive: '金额必须大于 0',
  amountDecimalComma: '小数请用“.”，如 12.50；逗号只作千位分隔',
  amountGrouping: '千位分隔符位置不对：逗号应每三位一组（如 1,234.50），也可不写逗号',
  amountDecimals: '金额最多两位小数（到分），如 12.35',
  amountExponent: '请直接写出金额（如 1000），不要用科学计数法',
  amountSign: '金额不能带正负号，请写正数',
  amountTooLarge: '金额超过本栏上限 {{max}}，请核对',
};

export const valuesErrorsEn: typeof valuesErrorsZhCN = {
  amountFormat: 'Amount in yuan with at most two decimals (e.g. 12.50 or 1,234.50)',
  amountPositive: 'Amount must be more than 0',
  amountDecimalComma: 'Use "." for decimals: a comma only separates thousands (e.g. 12.50 or 1,234.50)',
  amountGrouping: 'Thousands separators in the wrong place: commas go every three digits (1,234.50), or leave them out',
  amountDecimals: 'At most two decimals (fen), e.g. 12.35',
  amountExponent: 'Write the amount out (e.g. 1000), not as an exponent',
  amountSign: 'No plus or minus sign: type the amount as a positive number',
  amountTooLarge: 'Above this field’s limit of {{max}}: please check the amount',
};

export const moneyZhCN = { willSave: '将记为 {{amount}}' };
export const moneyEn: typeof moneyZhCN = { willSave: 'Will be saved as {{amount}}' };
