export { saveHold } from './holds';
export { checkPass, issuePass, passPrinted, RELEASE_SERIAL_PREFIX, updatePass, voidPass } from './passes';
export { getPass, getPassDetail, holdOf, listHolds, listItems, listPasses, releaseCounts } from './queries';
