// A child's hold on the parent: child[Symbol.dispose]() kills it with SIGTERM (once; an ended child is left
// alone), unref() on a child with stdio 'ignore' lets the parent finish first (its 'exit' never comes), ref()
// after unref() holds the parent again, and pipes keep the parent alive by themselves until destroyed.
const { spawn } = require('node:child_process');
const { once } = require('node:events');

(async () => {
  const disposable = spawn('sleep', ['5']);
  console.log('dispose is a function', typeof disposable[Symbol.dispose]);
  disposable[Symbol.dispose]();
  console.log('after dispose: killed', disposable.killed);
  console.log('exit', await once(disposable, 'exit'), disposable.signalCode);
  const done = spawn('true');
  await once(done, 'exit');
  done[Symbol.dispose]();
  console.log('dispose after exit: killed', done.killed, done.exitCode, done.signalCode);

  const held = spawn('sh', ['-c', 'sleep 0.3; exit 3'], { stdio: 'ignore' });
  held.unref();
  held.ref();
  console.log('ref again, exit', await once(held, 'exit'));

  const piped = spawn('sh', ['-c', 'sleep 0.3; echo piped'], { stdio: ['ignore', 'pipe', 'ignore'] });
  piped.unref();
  piped.stdout.setEncoding('utf8');
  piped.stdout.on('data', (d) => console.log('a pipe held the parent:', JSON.stringify(d)));

  const loose = spawn('sleep', ['3'], { stdio: 'ignore' });
  loose.on('exit', () => console.log('never printed: the parent is gone'));
  loose.unref();
  process.on('exit', (code) => console.log('parent exit', code, 'loose child exitCode', loose.exitCode));
})();
