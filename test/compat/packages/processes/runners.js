// Tools that run other programs: cross-spawn (spawn with a PATH lookup and shebangs), concurrently (several
// commands with prefixed output and --kill-others), mocha (a test run in a child process, and programmatically).
const crossSpawn = require('cross-spawn');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-runners-'));
const node = process.execPath;

const sync = crossSpawn.sync(node, ['-e', 'console.log(process.argv.length, "sync")'], { encoding: 'utf8' });
console.log('cross-spawn sync', sync.status, JSON.stringify(sync.stdout));
const missing = crossSpawn.sync('jnode-no-such-command', [], { encoding: 'utf8' });
console.log('cross-spawn missing', missing.error.code);

const child = crossSpawn('sh', ['-c', 'echo "$0 $1"; exit 3', 'a b', 'c'], { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (data) => (out += data));
child.on('close', (code) => {
  console.log('cross-spawn async', code, JSON.stringify(out));
  runConcurrently();
});

function runConcurrently() {
  const bin = path.join(path.dirname(require.resolve('concurrently/package.json')), 'dist/bin/concurrently.js');
  const q = (s) => `"${s}"`;
  const output = execFileSync(node, [bin, '--names', 'one,two', '--prefix', '[{name}]', '--no-color',
    q(`${node} -e "console.log('first')"`), q(`${node} -e "setTimeout(() => console.log('second'), 300)"`)],
  { encoding: 'utf8', shell: false });
  console.log('concurrently', output.split('\n').filter((l) => /^\[(one|two)\] (first|second)$/.test(l)).sort());
  try {
    execFileSync(node, [bin, '--kill-others', '--no-color', '--names', 'fast,slow',
      q(`${node} -e "process.exit(2)"`), q(`${node} -e "setTimeout(() => {}, 60000)"`)],
    { encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    console.log('concurrently --kill-others status', err.status,
      /\[fast\] .* exited with code 2/.test(err.stdout), /Sending SIGTERM to other processes/.test(err.stdout));
  }
  runMocha();
}

function runMocha() {
  fs.writeFileSync(path.join(dir, 'math.spec.js'), `
    const assert = require('node:assert');
    describe('math', () => {
      it('adds', () => assert.strictEqual(1 + 1, 2));
      it('waits', (done) => setTimeout(done, 20));
      it('resolves', async () => { await new Promise((r) => setImmediate(r)); });
      it('fails', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
      it.skip('skipped', () => {});
    });
  `);
  const bin = require.resolve('mocha/bin/mocha.js');
  try {
    execFileSync(node, [bin, '--reporter', 'json', path.join(dir, 'math.spec.js')], { encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    const report = JSON.parse(err.stdout);
    console.log('mocha cli status', err.status, report.stats.passes, report.stats.failures, report.stats.pending,
      report.failures[0].err.code);
  }
  const Mocha = require('mocha');
  const mocha = new Mocha({ reporter: function Silent() {} });
  mocha.addFile(path.join(dir, 'math.spec.js'));
  mocha.run((failures) => {
    console.log('mocha api failures', failures);
    fs.rmSync(dir, { recursive: true });
  });
}
