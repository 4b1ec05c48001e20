export { getCall, listCallbacks, listCalls, openCallbackCounts, repeatCaller } from './call-queries';
export { CALL_SERIAL_PREFIX, logCall, updateCall, voidCall } from './calls';
