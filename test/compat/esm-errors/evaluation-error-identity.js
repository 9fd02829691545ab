// An error thrown at a module's top level rejects import() with that very object.
try { await import('./fixtures/throws-eval.js'); } catch (err) { console.log(err.name, err.message, err instanceof TypeError); }
try { await import('./fixtures/throws-value.js'); } catch (err) { console.log(typeof err, err); }
