// compat-argv: ["-p", "'plain' + ' string'"]
