// --input-type (on the command line or in NODE_OPTIONS) with an entry file: Node's ES module loader refuses an
// ES module entry with ERR_INPUT_TYPE_NOT_ALLOWED, while a CommonJS entry runs.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

for (const file of ['fixtures/argv.mjs', 'fixtures/typeless-cjs.js']) {
  for (const [args, env] of [[['--input-type=module'], {}], [[], { NODE_OPTIONS: '--input-type=commonjs' }]]) {
    const r = spawnSync(process.execPath, [...args, path.join(__dirname, file)], {
      env: { ...process.env, ...env }, encoding: 'utf8',
    });
    const code = /\[(ERR_[A-Z_]+)\]/.exec(r.stderr)?.[1] ?? 'no error';
    console.log(file, JSON.stringify(args), JSON.stringify(env), '->', r.status, code, r.stdout.length > 0);
  }
}
