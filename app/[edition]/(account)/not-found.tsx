// The signed-in variant of a missing article gets the same 404 page, inside the reader chrome.
export { default, metadata } from '@/app/[edition]/(site)/not-found';
