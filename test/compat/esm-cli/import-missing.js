// compat-argv: ["--import", "./fixtures/nope.mjs", "{case}"]
// A missing --import module stops the process before the entry point runs.
console.log('never printed');
