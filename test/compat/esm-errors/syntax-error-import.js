// A syntax error in an imported module rejects import() with a SyntaxError.
try { await import('./fixtures/syntax.js'); } catch (err) { console.log(err.name); }
