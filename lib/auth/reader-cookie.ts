/** The reader session cookie's name: its presence routes article pages to the signed-in variant (next.config.ts). */
export const READER_COOKIE = 'meridian_reader';
