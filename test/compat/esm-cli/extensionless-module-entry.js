// compat-argv: ["fixtures/modpkg/noext"]
// An extensionless entry inside a "type": "module" package is an ES module.
