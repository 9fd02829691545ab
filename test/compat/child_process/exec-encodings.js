// Output encodings of exec/execFile/execSync: utf8 text split across chunks, latin1, base64, hex, ucs2, 'buffer'
// and null giving Buffers, an unknown encoding name (Buffers too for exec, an error for the Sync form).
const { exec, execFile, execFileSync } = require('node:child_process');
const util = require('node:util');

const run = util.promisify(execFile);
const bytes = "printf '\\303\\251\\342\\202\\254\\360\\237\\230\\200 caf\\303\\251'";
(async () => {
  for (const encoding of ['utf8', 'latin1', 'base64', 'hex', 'ucs2', 'ascii', 'buffer', null, 'nope']) {
    const { stdout } = await run('sh', ['-c', bytes], { encoding });
    console.log(String(encoding).padEnd(7), typeof stdout, Buffer.isBuffer(stdout) ? stdout.toString('hex') : JSON.stringify(stdout));
  }
  // A long multi-byte string arrives in many chunks; the decoder must not split characters.
  const { stdout: long } = await run('sh', ['-c', "for i in $(seq 1 4000); do printf '\\342\\202\\254'; done"]);
  console.log('long utf8', long.length, /^€+$/.test(long));
  exec("printf 'caf\\303\\251'", { encoding: 'base64' }, (err, stdout, stderr) => {
    console.log('exec base64', JSON.stringify(stdout), JSON.stringify(stderr));
    for (const encoding of ['utf8', 'buffer', 'hex', 'nope']) {
      try {
        const r = execFileSync('printf', ['ab'], { encoding });
        console.log('sync', encoding, Buffer.isBuffer(r) ? `Buffer ${r}` : JSON.stringify(r));
      } catch (e) {
        console.log('sync', encoding, e.code, e.message);
      }
    }
  });
})();
