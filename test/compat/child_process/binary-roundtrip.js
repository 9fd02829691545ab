// Bytes through a child unchanged: all 256 byte values (NUL included) through cat by async spawn, by spawnSync with
// a Buffer, Uint8Array and DataView as input, and by execFileSync; UTF-8 arguments and environment values reach
// the child byte for byte, and output cut inside a multi-byte character is decoded whole by the 'utf8' encoding.
const { spawn, spawnSync, execFileSync, execFile } = require('node:child_process');
const crypto = require('node:crypto');

const all = Buffer.alloc(256 * 4);
for (let i = 0; i < all.length; i++) all[i] = i % 256;
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
console.log('input', all.length, digest(all));

const sync = spawnSync('cat', { input: all });
console.log('spawnSync Buffer', sync.stdout.length, digest(sync.stdout), sync.stdout.equals(all));
const u8 = new Uint8Array(all.buffer, all.byteOffset + 1, 255);
const fromU8 = spawnSync('cat', { input: u8 });
console.log('spawnSync Uint8Array slice', fromU8.stdout.length, fromU8.stdout[0], fromU8.stdout[254]);
const dv = new DataView(all.buffer, all.byteOffset + 250, 10);
console.log('spawnSync DataView', [...spawnSync('cat', { input: dv }).stdout]);
const viaExecFile = execFileSync('cat', { input: all });
console.log('execFileSync', viaExecFile.length, viaExecFile.equals(all));

const args = ['héllo', '日本語', 'emoji 😀', 'tab\there', 'quote "q" \'s\'', ''];
const echoed = execFileSync('printf', ['[%s]\\n', ...args], { encoding: 'utf8' });
console.log('arguments', JSON.stringify(echoed));
const env = execFileSync('sh', ['-c', 'printf "%s" "$GREETING" | od -An -tx1'], {
  env: { PATH: process.env.PATH, GREETING: 'ça va ✓' }, encoding: 'utf8' });
console.log('env bytes', env.trim().split(/\s+/).join(' '));

// The child writes a 4-byte character one byte at a time with pauses between them.
execFile('sh', ['-c', "printf '\\360'; sleep 0.05; printf '\\237'; sleep 0.05; printf '\\230\\200!'"],
  { encoding: 'utf8' }, (err, stdout) => {
    console.log('split character', err, JSON.stringify(stdout), stdout.length);
    const child = spawn('cat');
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('close', (code) => {
      const out = Buffer.concat(chunks);
      console.log('async cat', code, out.length, digest(out), out.equals(all));
    });
    // Written in uneven pieces.
    child.stdin.write(all.subarray(0, 1));
    child.stdin.write(all.subarray(1, 300));
    child.stdin.end(all.subarray(300));
  });
