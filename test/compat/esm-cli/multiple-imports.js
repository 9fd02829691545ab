// compat-argv: ["--import", "./fixtures/pre-a.mjs", "--import", "./fixtures/pre-b.mjs", "--import", "./fixtures/pre-cjs.cjs", "{case}"]
// Several --import preloads run in order, each awaited, before the entry point.
console.log(globalThis.preloads);
