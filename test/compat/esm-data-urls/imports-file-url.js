// A data: module can import an absolute file: URL.
const target = new URL('./fixtures/target.js', import.meta.url).href;
const ns = await import('data:text/javascript,' + encodeURIComponent(`export { value } from ${JSON.stringify(target)};`));
console.log(ns.value);
