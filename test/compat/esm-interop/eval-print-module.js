// compat-argv: ["--input-type=module", "-p", "1"]
