// fork's arguments and stdio: silent pipes, execArgv, env, cwd, exit codes; and Node's errors.
const { fork } = require('node:child_process');
const path = require('node:path');

if (process.argv[2] === 'child') {
  console.log(JSON.stringify({ args: process.argv.slice(3), cwd: path.basename(process.cwd()), env: process.env.FORKED }));
  process.exitCode = Number(process.argv[3] ?? 0);
} else {
  const child = fork(__filename, ['child', '3', 'more'], { silent: true, env: { ...process.env, FORKED: 'yes' },
    cwd: path.join(__dirname, '..') });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', (code) => {
    console.log('silent child said', out.trim(), 'and exited', code, child.connected);
    errors();
  });
}

function errors() {
  const attempts = {
    'no module': () => fork(),
    'bad args': () => fork(__filename, 'x'),
    'no ipc in stdio': () => fork(__filename, [], { stdio: ['pipe', 'pipe', 'pipe'] }),
    'bad serialization': () => fork(__filename, [], { serialization: 'xml' }),
    'send undefined': () => forked().send(undefined),
    'send a function': () => forked().send(() => {}),
  };
  for (const [name, attempt] of Object.entries(attempts)) {
    try {
      attempt();
      console.log(name, 'ok');
    } catch (err) {
      console.log(name, err.code, err.message);
    }
  }
  for (const child of started) child.kill();
}

const started = [];
function forked() {
  const child = fork(__filename, ['child']);
  started.push(child);
  return child;
}
