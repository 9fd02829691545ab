// compat-argv: ["fixtures/esm-main.ts"]
