// What a child starts with: no blocked and no ignored signals (the parent's own SIGPIPE handling is not passed on),
// seen in /proc/self/status through spawn, spawnSync and exec; so a child writing to a pipe whose reader went away
// dies of SIGPIPE (the first command of a bash pipeline: 141).
const { spawn, spawnSync, exec } = require('node:child_process');

const masks = (text) => text.split('\n').filter((l) => /^Sig(Blk|Ign)/.test(l)).join(' ').replace(/\s+/g, ' ');
console.log('spawnSync', masks(spawnSync('cat', ['/proc/self/status'], { encoding: 'utf8' }).stdout));
exec('cat /proc/self/status', (err, stdout) => {
  console.log('exec', err, masks(stdout));
  const child = spawn('cat', ['/proc/self/status']);
  let text = '';
  child.stdout.on('data', (d) => { text += d; });
  child.on('close', () => {
    console.log('spawn', masks(text));
    const first = spawnSync('bash', ['-c', 'yes | head -c 3 >/dev/null; echo "${PIPESTATUS[0]}"'], { encoding: 'utf8' });
    console.log('first command status', JSON.stringify(first.stdout));
  });
});
