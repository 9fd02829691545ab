// compat-argv: ["{case}", "--not-an-option", "-e", "x"]
console.log(process.argv.slice(2), process.execArgv);
