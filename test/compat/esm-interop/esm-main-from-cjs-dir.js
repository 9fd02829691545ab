// compat-argv: ["fixtures/plain-main.mjs"]
