// compat-argv: ["fixtures/typeless-esm.js"]
// A .js entry with no package "type" and import statements runs as an ES module.
