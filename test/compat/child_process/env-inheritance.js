// What environment a child gets by default: process.env as it is at the moment of the spawn (assignments turned
// into strings, deletions, a variable changed between two spawns), the same through every API, values with '=',
// spaces and newlines intact, and an env option that starts from a copy of process.env.
const { spawn, spawnSync, exec, execFile, execSync, execFileSync } = require('node:child_process');
const { once } = require('node:events');

const show = 'printf "%s|%s|%s|%s\\n" "${JN_A-unset}" "${JN_B-unset}" "${JN_C-unset}" "${JN_D-unset}"';
process.env.JN_A = 'first';
process.env.JN_B = 42;
process.env.JN_C = 'to be deleted';
process.env.JN_D = 'a=b c\nsecond line';
console.log('types in process.env', typeof process.env.JN_B, JSON.stringify(process.env.JN_B));
delete process.env.JN_C;
console.log('spawnSync   ', JSON.stringify(spawnSync('sh', ['-c', show], { encoding: 'utf8' }).stdout));
process.env.JN_A = 'second';
console.log('execSync    ', JSON.stringify(execSync(show, { encoding: 'utf8' })));
process.env.JN_B = undefined;
console.log('undefined assigned', JSON.stringify(process.env.JN_B));
console.log('execFileSync', JSON.stringify(execFileSync('sh', ['-c', show], { encoding: 'utf8' })));
process.env.JN_C = true;
console.log('env copy    ', JSON.stringify(execFileSync('sh', ['-c', show],
  { encoding: 'utf8', env: { ...process.env, JN_A: 'overridden', JN_D: undefined } })));

(async () => {
  const child = spawn('sh', ['-c', show]);
  // The environment is taken when spawn() is called: a change right after it is not seen.
  process.env.JN_A = 'too late';
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  await once(child, 'close');
  console.log('spawn       ', JSON.stringify(out));
  await new Promise((resolve) => exec(show, (err, stdout) => {
    console.log('exec        ', err, JSON.stringify(stdout));
    resolve();
  }));
  delete process.env.JN_A;
  delete process.env.JN_D;
  await new Promise((resolve) => execFile('sh', ['-c', show], (err, stdout) => {
    console.log('execFile    ', err, JSON.stringify(stdout));
    resolve();
  }));
})();
