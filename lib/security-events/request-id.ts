/** proxy.ts gives every request an id (also sent back as X-Request-Id). */
export const REQUEST_ID_HEADER = 'x-request-id';
