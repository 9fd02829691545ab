// jnode -i reads a REPL session from a pipe, as node -i does.
const { spawnSync } = require('node:child_process');

const session = [
  '2 ** 10', 'let name = "repl"', 'name.toUpperCase()', 'await Promise.resolve("awaited")',
  'process.argv.length', 'nope()', 'function add(a, b) {', 'return a + b', '}', 'add(2, 3)', '.exit',
].join('\n') + '\n';
const result = spawnSync(process.execPath, ['-i'], {
  input: session,
  encoding: 'utf8',
  env: { ...process.env, NODE_REPL_HISTORY: '' },
});
console.log(result.status, result.signal);
console.log(result.stdout.replace(/Node\.js v[\d.]+/, 'Node.js vX'));
console.log(JSON.stringify(result.stderr));
