// More stdio values: 'overlapped' (Windows' kind of pipe, a plain pipe elsewhere) for spawn, as a shorthand and
// per entry (spawnSync does not take it); the parent's stdin (empty here) inherited by 'inherit', by 0 and by process.stdin; stdout
// inherited while stderr is piped; and the Readable/Writable shape of the overlapped streams.
const { spawn, spawnSync } = require('node:child_process');
const { once } = require('node:events');

const shown = (r) => JSON.stringify(r.output && r.output.map((b) => b && b.toString()));
for (const stdin of ['inherit', 0, process.stdin]) {
  const r = spawnSync('sh', ['-c', 'cat; echo "cat saw end of file"'], { stdio: [stdin, 'pipe', 'pipe'] });
  console.log('sync stdin', typeof stdin === 'object' ? 'process.stdin' : stdin, shown(r), r.status);
}

(async () => {
  const child = spawn('sh', ['-c', 'tr a-z A-Z; echo done >&2'], { stdio: 'overlapped' });
  console.log('async overlapped', child.stdin.constructor.name, child.stdout.constructor.name,
    child.stdio.length, child.stdio[2] === child.stderr);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.stdin.end('shout this\n');
  console.log('closed', await once(child, 'close'), JSON.stringify(out), JSON.stringify(err));

  const mixed = spawn('sh', ['-c', 'echo "to the inherited stdout"; echo "to the pipe" >&2'], {
    stdio: [0, 'inherit', 'overlapped'],
  });
  const shape = [mixed.stdin, mixed.stdout, mixed.stderr.constructor.name];
  let piped = '';
  mixed.stderr.on('data', (d) => { piped += d; });
  await once(mixed, 'close');
  console.log('mixed', ...shape, JSON.stringify(piped));
})();
