// Characters a URL parser tolerates need no percent-encoding: spaces, quotes, braces.
const ns = await import('data:text/javascript,export default { words: "a b {c}", quote: "\'" }');
console.log(ns.default);
const json = await import('data:application/json,{"spaced key": [1, 2]}', { with: { type: 'json' } });
console.log(json.default);
