// An export named "module.exports" is what require() returns.
const api = require('./fixtures/custom-exports.mjs');
console.log(typeof api.hello, api.hello());
