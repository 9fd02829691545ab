// JSON from a data: URL with the application/json type.
const ns = await import('data:application/json,' + encodeURIComponent('{"fromData":[1,2]}'), { with: { type: 'json' } });
console.log(ns.default);
