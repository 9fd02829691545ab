// A .cjs file with a static import statement cannot be loaded as CommonJS.
try { require('./fixtures/static-import.cjs'); } catch (err) { console.log(err.name); }
