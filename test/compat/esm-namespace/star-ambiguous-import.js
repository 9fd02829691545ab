// Importing an ambiguous star-export name by name is a SyntaxError at link time.
try {
  await import('./fixtures/import-ambiguous.js');
} catch (err) {
  console.log(err.name);
}
