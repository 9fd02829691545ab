// compat-argv: ["--input-type=module", "-p", "1 + 1"]
// -p cannot print an ES module.
