// An ESM-only package (no "require" condition) can be require()d.
const ns = require('esm-only');
console.log(ns.kind, ns.default);
