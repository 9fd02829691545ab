// compat-argv: ["-p", "[1, 2].map((x) => x * 2)"]
