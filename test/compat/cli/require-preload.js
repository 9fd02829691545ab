// compat-argv: ["-r", "./fixtures/preload.js", "{case}"]
console.log('main', globalThis.preloaded);
