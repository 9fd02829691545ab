// compat-argv: ["-e", "console.log(process.argv.slice(1), typeof require, __filename, module.id)", "a", "b"]
