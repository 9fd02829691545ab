// compat-argv: ["--no-warnings", "fixtures/never.js"]
// An entry whose top-level await never settles exits 13; --no-warnings leaves out Node's warning about it.
