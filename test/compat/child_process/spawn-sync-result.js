// spawnSync's result object: keys in Node's order, output per stdio entry, status vs signal, encodings.
const { spawnSync } = require('child_process');

function show(label, r) {
  const { pid, ...rest } = r;
  console.log(label, typeof pid, pid > 0, rest);
}

show('echo', spawnSync('echo', ['hello', 'world']));
show('exit 3', spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']));
show('utf8', spawnSync('printf', ['h\u00e9']), { encoding: 'utf8' });
show('encoding utf8', spawnSync('printf', ['h\u00e9'], { encoding: 'utf8' }));
show('encoding hex', spawnSync('printf', ['ab'], { encoding: 'hex' }));
show('encoding buffer', spawnSync('printf', ['ab'], { encoding: 'buffer' }));
show('signal', spawnSync('sh', ['-c', 'kill -9 $$']));
show('exit 137 is not a signal', spawnSync('sh', ['-c', 'exit 137']));
show('SIGTERM', spawnSync('sh', ['-c', 'kill -TERM $$']));
console.log('keys', Object.keys(spawnSync('true')));
