// Percent escapes in the data: URL body are decoded before the source is compiled.
const ns = await import('data:text/javascript,' + encodeURIComponent("export const s = 'a%b#c?d&e';"));
console.log(ns.s);
