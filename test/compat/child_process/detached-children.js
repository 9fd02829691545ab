// detached: true puts the child in a new session and process group (it is its leader, unlike a normal child);
// unref() lets the parent exit while a detached child still runs; the child keeps running after the parent and
// its output arrives through a file, read by a second run.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const probe = 'if [ "$(ps -o sid= -p $$ | tr -d " ")" = "$$" ]; then echo session-leader; else echo not-leader; fi; ' +
  'if [ "$(ps -o pgid= -p $$ | tr -d " ")" = "$$" ]; then echo group-leader; else echo not-group-leader; fi';
if (process.argv[2] === 'launch') {
  const child = spawn('sh', ['-c', `sleep 3; echo "written after the parent exited" > "${process.argv[3]}"`],
    { detached: true, stdio: 'ignore' });
  child.unref();
  console.log('launcher: unref\'d a detached child, exiting now');
} else {
  for (const detached of [false, true]) {
    const r = spawnSync('sh', ['-c', probe], { detached, encoding: 'utf8' });
    console.log('detached', detached, JSON.stringify(r.stdout), r.status);
  }
  const asyncChild = spawn('sh', ['-c', probe], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  asyncChild.stdout.on('data', (d) => { out += d; });
  asyncChild.on('close', (code) => console.log('async detached', JSON.stringify(out), code));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-detached-')), 'out.txt');
  const launcher = spawnSync(process.execPath, [__filename, 'launch', file], { encoding: 'utf8', timeout: 20000 });
  console.log('launcher', launcher.status, JSON.stringify(launcher.stdout), 'file exists yet', fs.existsSync(file));
  const started = Date.now();
  const wait = setInterval(() => {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').endsWith('\n')) {
      clearInterval(wait);
      console.log('file', JSON.stringify(fs.readFileSync(file, 'utf8')));
      fs.rmSync(path.dirname(file), { recursive: true });
    } else if (Date.now() - started > 10000) {
      clearInterval(wait);
      console.log('detached child never wrote');
    }
  }, 50);
}
