// compat-argv: ["--no-warnings", "--no-deprecation", "{case}", "x"]
console.log(process.execArgv, process.noDeprecation);
process.emitWarning('hidden');
