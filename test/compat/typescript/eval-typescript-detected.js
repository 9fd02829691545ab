// compat-argv: ["-p", "let q: number = 3; q * 3"]
