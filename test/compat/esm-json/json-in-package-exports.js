// A package's exported JSON file imports with the json type.
const ns = await import('json-pkg/data', { with: { type: 'json' } });
console.log(ns.default);
