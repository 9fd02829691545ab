// compat-argv: ["-e", "const v = await Promise.resolve('tla'); console.log(v, typeof require)"]
// -e code with only top-level await is detected as an ES module.
