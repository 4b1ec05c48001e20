export {
  claimItem,
  disposeItem,
  editItem,
  receiveFromStorage,
  recordClaimPrint,
  registerItem,
  voidItem,
} from './items';
export { getItem, getItemPhoto, getReport, listItems, listReports, lostfoundAttention } from './queries';
export { matchCandidates, reportLoss, voidReport } from './reports';
export { getLostfoundSettings, saveLostfoundSettings } from './settings';
