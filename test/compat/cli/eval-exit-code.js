// compat-argv: ["-e", "process.exitCode = 9"]
