// compat-argv: ["fixtures/argv.mjs", "x", "--y"]
// process.argv for an ES module entry: the resolved path, then the arguments.
