// compat-argv: ["-p", "-e", "typeof globalThis.require"]
