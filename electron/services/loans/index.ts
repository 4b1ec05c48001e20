export { getKind, getLoanItem, listKinds, listLoanItems, saveKind, saveLoanItem } from './catalogue';
export { lend, recordLoanPrint, returnLoan, voidLoan } from './lending';
export { getLoan, listLoans, loansAttention } from './queries';
