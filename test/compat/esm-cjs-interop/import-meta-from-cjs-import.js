// import.meta of an ES module loaded from CommonJS: main is false, filename is the file.
import('./fixtures/meta.mjs').then(({ meta }) => {
  console.log(meta.main, meta.filename === require('node:path').join(__dirname, 'fixtures/meta.mjs'));
});
