// A name the CommonJS lexer does not find cannot be imported by name; the default import still has it.
try { await import('./fixtures/imports-missing-cjs.js'); } catch (err) { console.log(err.name); }
const { default: cjs, visible } = await import('./fixtures/cjs-source.cjs');
console.log(cjs.hidden, visible);
