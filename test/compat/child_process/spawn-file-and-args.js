// Async spawn's spawnfile/spawnargs for plain, argv0, shell: true and shell: '<path>' (how the command line is
// joined), and what the child sees of them: $0, cwd (relative to the parent's cwd), env replacing the whole
// environment, PATH from options.env used for the lookup, windowsHide accepted.
const { spawn } = require('node:child_process');

function run(label, file, args, options) {
  return new Promise((resolve) => {
    const child = spawn(file, args, options);
    console.log(label, '| spawnfile', child.spawnfile, '| spawnargs', JSON.stringify(child.spawnargs));
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
    child.on('error', (e) => console.log('  error', e.code, e.path));
    child.on('close', (code) => {
      console.log('  ->', code, JSON.stringify(out));
      resolve();
    });
  });
}

(async () => {
  await run('plain', 'sh', ['-c', 'echo "$0|$1|$#"', 'first', 'second']);
  await run('argv0', 'sh', ['-c', 'echo "$0"'], { argv0: 'renamed-sh' });
  await run('shell true', 'echo "a  b" | tr a-z A-Z', undefined, { shell: true });
  await run('shell joins args', 'echo', ['one', 'two three', '$HOME_NOT_SET_X'], { shell: true, env: {} });
  await run('shell path', 'echo $0', [], { shell: '/bin/bash' });
  await run('shell with argv0', 'echo $0', [], { shell: true, argv0: 'zero' });
  await run('cwd relative', 'sh', ['-c', 'basename "$(pwd)"'], { cwd: '../child_process/..' });
  await run('cwd absolute', 'pwd', [], { cwd: '/' });
  await run('env replaces', 'sh', ['-c', 'echo "${HOME-unset}:${ONLY}"; env | grep -c . '], { env: { ONLY: 'me' } });
  await run('PATH from env', 'sh', ['-c', 'echo found'], { env: { PATH: '/bin:/usr/bin' } });
  await run('PATH without the tool', 'sh', ['-c', 'echo x'], { env: { PATH: '/nonexistent-dir' } });
  await run('windowsHide', 'echo', ['hidden'], { windowsHide: true });
  await run('empty argument', 'echo', ['str', '']);
})();
