// A re-export the lexer cannot resolve is skipped at analysis; running the module then throws.
try {
  await import('./fixtures/reexport-missing.cjs');
} catch (err) {
  console.log(err.code);
}
