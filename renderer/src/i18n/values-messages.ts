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
  idTypeRequired: '请选择证件类型',
  idTypeOther: '请选择具体的证件类型（身份证、港澳/台湾通行证、护照、外国人永久居留身份证）',
  residentIdLength: '居民身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）',
  residentIdRegion: '身份证号码前两位不是有效的省级地区代码，请核对',
  residentIdBirth: '身份证号码中的出生日期（第 7–14 位）不是有效日期，请核对',
  residentIdCheck: '身份证号码校验码不正确，请核对最后一位',
  hkMacauPermitFormat: '港澳通行证号码应为 H 或 M 加 8 位数字（旧证 10 位），如 H12345678',
  taiwanPermitFormat: '台湾通行证号码应为 8 位数字（旧证 10 位），如 12345678',
  passportFormat: '护照号码应为 5–17 位字母和数字，如 E12345678',
  foreignPermanentFormat: '外国人永久居留身份证应为 3 位字母加 12 位数字，或以 9 开头的 18 位号码',
  foreignPermanentLength: '外国人永久居留身份证（2023 版）应为以 9 开头的 18 位号码',
  foreignPermanentBirth: '永久居留身份证号码中的出生日期不是有效日期，请核对',
  foreignPermanentCheck: '永久居留身份证号码校验码不正确，请核对最后一位',
  phoneMobileLength: '手机号应为 11 位数字（现在位数不对），如 13812345678',
  phoneMobilePrefix: '没有以这三位开头的手机号，请核对前三位',
  phoneAreaCode: '座机请带区号，如 021-55501234',
  phoneLandline: '区号或号码位数不对：座机为区号加 7–8 位号码，如 021-55501234、0755-12345678',
  phoneCharacters: '电话号码只能包含数字、空格、括号、连字符和 +（分机可写“转 12”）',
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
  idTypeRequired: 'Choose the type of ID document',
  idTypeOther: 'Choose the actual document (resident ID, HK/Macau or Taiwan permit, passport, permanent resident ID)',
  residentIdLength: 'A resident ID has 18 characters: 17 digits and a check digit (or X)',
  residentIdRegion: 'The first two digits are not a province code: please check the number',
  residentIdBirth: 'The birth date in the number (digits 7–14) is not a real date: please check',
  residentIdCheck: 'The check digit (last character) is wrong: please check the number',
  hkMacauPermitFormat: 'An HK/Macau permit is H or M and 8 digits (10 on older cards), e.g. H12345678',
  taiwanPermitFormat: 'A Taiwan permit is 8 digits (10 on older ones), e.g. 12345678',
  passportFormat: 'A passport number is 5–17 letters and digits, e.g. E12345678',
  foreignPermanentFormat: 'A permanent resident ID is 3 letters and 12 digits, or 18 characters starting with 9',
  foreignPermanentLength: 'A permanent resident ID (2023 design) has 18 characters starting with 9',
  foreignPermanentBirth: 'The birth date in the permanent resident ID is not a real date: please check',
  foreignPermanentCheck: 'The check digit of the permanent resident ID is wrong: please check the number',
  phoneMobileLength: 'A mobile number has 11 digits (this has a different count), e.g. 13812345678',
  phoneMobilePrefix: 'No mobile numbers start with these three digits: please check them',
  phoneAreaCode: 'A landline needs its area code, e.g. 021-55501234',
  phoneLandline: 'Wrong area code or length: a landline is an area code and 7–8 digits, e.g. 021-55501234',
  phoneCharacters: 'Only digits, spaces, brackets, dashes and + (an extension as "ext 12")',
};

export const moneyZhCN = { willSave: '将记为 {{amount}}' };
export const moneyEn: typeof moneyZhCN = { willSave: 'Will be saved as {{amount}}' };
