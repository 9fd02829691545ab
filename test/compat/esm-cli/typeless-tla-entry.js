// compat-argv: ["fixtures/typeless-tla.js"]
// A typeless entry whose only module syntax is top-level await also runs as an ES module.
