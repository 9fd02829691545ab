// A default import from a module without a default export is a SyntaxError too.
try { await import('./fixtures/imports-missing-default.js'); } catch (err) { console.log(err.name); }
