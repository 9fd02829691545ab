// compat-argv: ["fixtures/typed/esm.js"]
// Module syntax in a package.json without "type" runs as ESM with a MODULE_TYPELESS_PACKAGE_JSON warning.
