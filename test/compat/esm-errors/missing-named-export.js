// Importing a name the module does not export is a SyntaxError at link time; nothing of the graph runs.
try { await import('./fixtures/imports-missing.js'); } catch (err) { console.log(err.name, err.constructor === SyntaxError); }
