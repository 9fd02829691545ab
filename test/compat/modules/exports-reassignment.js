console.log(Object.keys(require('./fixtures/rel/a')));
module.exports = { replaced: true };
exports.ignored = true;
console.log(module.exports, exports);
console.log(require.cache[__filename].exports);
