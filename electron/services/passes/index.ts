export { issuePass, PASS_SERIAL_PREFIX, passPrinted, returnPass, revokePass } from './passes';
export { getPass, listPasses, passCounts } from './queries';
