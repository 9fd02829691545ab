// compat-argv: ["--import", "./fixtures/preload.mjs", "-r", "./fixtures/preload-cjs.js", "{case}"]
// --import modules run after -r preloads and before the entry point.
console.log('main runs last', globalThis.preloadOrder);
