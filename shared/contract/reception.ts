/** Channels of the reception module. */
export const receptionContract = {};
