// compat-argv: ["--no-experimental-require-module", "disabled-messages.js"]
// Without require(esm), ERR_REQUIRE_ESM's advice depends on why the file is an ES module: its .mjs extension,
// its own syntax, or only its package's "type" (naming that package.json).
const path = require('node:path');
const show = (text) => text.replaceAll(path.join(__dirname, 'fixtures'), '<fixtures>').replaceAll(__filename, '<case>');
for (const target of ['./fixtures/named.mjs', './fixtures/esm-pkg/index.js', './fixtures/esm-pkg/plain.js']) {
  try {
    require(target);
  } catch (err) {
    console.log(err.code, JSON.stringify(show(err.message)));
  }
}
