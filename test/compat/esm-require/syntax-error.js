// A module with a syntax error: require() throws a SyntaxError.
try { require('./fixtures/syntax-error.mjs'); } catch (err) { console.log(err.name); }
