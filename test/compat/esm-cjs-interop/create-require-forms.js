// createRequire accepts a file path, a file URL string or a URL object; a directory needs a trailing slash.
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');
const file = __filename;
for (const from of [file, pathToFileURL(file).href, pathToFileURL(file), __dirname + '/']) {
  const r = createRequire(from);
  console.log(typeof from === 'string' ? 'string' : 'URL', r('./fixtures/fn.cjs').extra);
}
try { createRequire('relative/path.js'); } catch (err) { console.log(err.code); }
