// util.inspect shows a namespace as [Module: null prototype].
import * as ns from './fixtures/mod.js';
import * as empty from './fixtures/empty.js';
console.log(ns);
console.log(empty);
console.log({ nested: ns });
