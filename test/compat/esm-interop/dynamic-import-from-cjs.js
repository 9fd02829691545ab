// import() from CommonJS resolves against the file, for ES modules, CommonJS and builtins.
(async () => {
  const esm = await import('./fixtures/plain.mjs');
  console.log(esm.named, esm.default);
  const self = await import('./dynamic-import-from-cjs.js');
  console.log(Object.keys(self), typeof self.default);
  const os = await import('os');
  console.log(os.default === require('os'));
  try {
    await import('./fixtures/nothing.mjs');
  } catch (err) {
    console.log(err.code);
  }
})();
