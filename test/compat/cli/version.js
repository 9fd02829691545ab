// compat-argv: ["-v"]
