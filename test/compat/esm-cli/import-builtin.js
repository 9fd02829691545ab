// compat-argv: ["--import", "node:path", "{case}"]
// --import of a builtin is allowed and has no visible effect.
console.log('entry ran');
