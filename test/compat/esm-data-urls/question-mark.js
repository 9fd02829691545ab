// A '?' in a data: URL's body belongs to the body (the URL's search part is read with its path); a '#' starts the
// fragment, which is not.
const ns = await import('data:text/javascript,export const x = "hello world?"; export const y = 1 // #not code');
console.log(ns.x, ns.y);
console.log((await import('data:text/javascript,export default "a?b=c"')).default);
console.log((await import('data:application/json,{"q":"?"}', { with: { type: 'json' } })).default);
