export { issuePass, PASS_SERIAL_PREFIX, passPrinted, returnPass, revokePass, updatePass } from './passes';
export { getPass, listPasses, passCounts } from './queries';
