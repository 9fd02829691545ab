// compat-argv: ["fixtures/require-in-esm.mjs"]
// require, module, exports and __filename do not exist in an ES module.
