// Everyday commands through each API on a fixture directory: ls, cat, sort | uniq -c, wc, head, grep's exit status 1
// for no match, an executable script found by a relative path, and `git --version` shaped like a version.
const { execFile, execFileSync, execSync, spawnSync, spawn } = require('node:child_process');
const path = require('node:path');

const tree = path.join(__dirname, 'fixtures', 'tree');
console.log('ls', JSON.stringify(execFileSync('ls', ['-1', '-p'], { cwd: tree, encoding: 'utf8' })));
console.log('ls -R', JSON.stringify(execSync('ls -R .', { cwd: tree, encoding: 'utf8' })));
console.log('cat', JSON.stringify(spawnSync('cat', ['words.txt', 'sub/unsorted.txt'], { cwd: tree, encoding: 'utf8' }).stdout));
console.log('pipeline', JSON.stringify(execSync('sort sub/unsorted.txt | uniq -c | sort -rn | head -n 2', { cwd: tree, encoding: 'utf8' })));
console.log('wc', execSync('wc -l < words.txt', { cwd: tree, encoding: 'utf8' }).trim());
console.log('head -c', JSON.stringify(execFileSync('head', ['-c', '8', 'words.txt'], { cwd: tree, encoding: 'latin1' })));
const noMatch = spawnSync('grep', ['-q', 'nothing-like-this', 'words.txt'], { cwd: tree });
console.log('grep no match', noMatch.status, noMatch.signal, noMatch.stdout.length);
const script = spawnSync('./run.sh', ['x', 'y'], { cwd: tree, encoding: 'utf8' });
console.log('relative script', script.status, JSON.stringify(script.stdout));
const git = spawnSync('git', ['--version'], { encoding: 'utf8' });
console.log('git', git.status, /^git version \d+\.\d+/.test(git.stdout), git.stderr);

execFile('sort', ['-r', 'sub/unsorted.txt'], { cwd: tree }, (err, stdout, stderr) => {
  console.log('execFile sort -r', err, JSON.stringify(stdout), JSON.stringify(stderr));
  const child = spawn('cat', [], { cwd: tree });
  let echoed = '';
  child.stdout.on('data', (d) => { echoed += d; });
  child.on('close', (code) => console.log('cat echo', code, JSON.stringify(echoed)));
  child.stdin.write('typed ');
  child.stdin.end('in\n');
});
