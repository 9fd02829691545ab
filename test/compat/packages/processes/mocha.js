// mocha: a test run in a child process (json reporter), and the same file run programmatically.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-mocha-'));
const node = process.execPath;
fs.writeFileSync(path.join(dir, 'math.spec.js'), `
  const assert = require('node:assert');
  describe('math', () => {
    it('adds', () => assert.strictEqual(1 + 1, 2));
    it('waits', (done) => setTimeout(done, 20));
    it('resolves', async () => { await new Promise((r) => setImmediate(r)); });
    it('fails', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
    it.skip('skipped', () => {}); // on purpose: mocha must count it as pending
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
