// In the REPL every builtin module is a global, loaded on first use and replaceable by assignment;
// util.inspect.replDefaults are the REPL's own inspect options; -i with --input-type is refused.
const { spawnSync } = require('node:child_process');

const session = [
  'typeof fs.readFileSync', 'path.join("a", "b")', 'child_process === require("child_process")',
  'Object.keys(globalThis).includes("os")', 'Object.getOwnPropertyDescriptor(globalThis, "zlib").enumerable',
  'os = 42', 'os', 'typeof string_decoder.StringDecoder', '[ 42, 23, 7 ]', 'util.inspect.replDefaults.maxArrayLength = 1',
  '[ 42, 23, 7 ]', 'util.inspect.replDefaults = { maxArrayLength: 2 }', '[ 42, 23, 7 ]',
  'try { util.inspect.replDefaults = null } catch (e) { e.code }', '.exit',
].join('\n') + '\n';
const result = spawnSync(process.execPath, ['-i'], {
  input: session,
  encoding: 'utf8',
  env: { ...process.env, NODE_REPL_HISTORY: '' },
});
console.log(result.status, result.signal);
console.log(result.stdout.replace(/Node\.js v[\d.]+/, 'Node.js vX'));
console.log(JSON.stringify(result.stderr));

const refused = spawnSync(process.execPath, ['-i', '--input-type=module'], { input: '1\n', encoding: 'utf8' });
console.log(refused.status, JSON.stringify(refused.stdout), JSON.stringify(refused.stderr));
