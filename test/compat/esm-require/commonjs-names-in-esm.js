// A CommonJS name used in an ES module: Node's ReferenceError says "in ES module scope", and why a .js file is an
// ES module. Code that redeclares a name the CommonJS wrapper declares is detected as an ES module.
for (const target of ['uses-exports.js', 'uses-require.js', 'uses-filename.js', 'node_modules/redeclares/index.js']) {
  try {
    const ns = require(`./fixtures/module-scope/${target}`);
    console.log(target, 'loaded:', Object.keys(ns), globalThis.redeclaresSays);
  } catch (err) {
    console.log(target, err.name, err.message.replaceAll(__dirname, '<dir>'));
  }
}
