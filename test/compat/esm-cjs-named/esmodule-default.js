// With __esModule, the default import is still module.exports; exports.default is a named export called "default".
import def, * as ns from './fixtures/esmodule-default.cjs';
console.log(def, ns.default === def, ns.named, Object.keys(ns));
