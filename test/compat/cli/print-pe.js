// compat-argv: ["-pe", "process.execArgv"]
