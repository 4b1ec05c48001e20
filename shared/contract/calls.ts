/** Channels of the calls module. */
export const callsContract = {};
