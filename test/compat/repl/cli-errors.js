// jnode -i from a pipe: how thrown values of several kinds are reported (errors with extra properties,
// strings, objects, symbols, error subclasses), and process.exitCode set in the session as exit status.
const { spawnSync } = require('node:child_process');

const session = [
  'throw Object.assign(new Error("with props"), { code: "E_CODE", info: [1] })',
  'throw "a string"',
  'throw { code: "OBJ" }',
  'throw Symbol("sym")',
  'class MyError extends Error { constructor(m) { super(m); this.name = "MyError" } }',
  'throw new MyError("custom")',
  'throw new AggregateError([new Error("one")], "many")',
  'process.exitCode = 4',
  'String(process.exitCode)',
].join('\n') + '\n';
const result = spawnSync(process.execPath, ['-i'], {
  input: session,
  encoding: 'utf8',
  env: { ...process.env, NODE_REPL_HISTORY: '' },
});
console.log(result.status, result.signal);
console.log(result.stdout.replace(/Node\.js v[\d.]+/, 'Node.js vX'));
console.log(JSON.stringify(result.stderr));
