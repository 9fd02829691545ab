// cluster.setupPrimary called several times merges its settings; each fork uses the settings of its time: args,
// execArgv, silent (worker stdout captured), serialization 'advanced' (Map/BigInt messages both ways), and the
// 'setup' event each time.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const keys = (s) => JSON.stringify(Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'exec').sort()));
  cluster.on('setup', (s) => console.log('setup', keys(s)));
  cluster.setupPrimary({ args: ['--flag-a'], silent: true });
  cluster.setupPrimary({ serialization: 'advanced' });
  cluster.setupPrimary({ execArgv: ['--no-warnings'] });
  console.log('settings', keys(cluster.settings));
  const w = cluster.fork();
  let out = '';
  w.process.stdout.on('data', (d) => { out += d; });
  w.on('message', (m) => {
    console.log('primary got', m);
    w.send({ reply: new Map([['n', 10n]]), when: new Date(0) });
  });
  w.on('exit', (code) => {
    console.log('worker 1 exit', code, 'captured', JSON.stringify(out));
    cluster.setupPrimary({ silent: false, args: ['--flag-b'] });
    console.log('settings now', keys(cluster.settings));
    const w2 = cluster.fork();
    w2.on('exit', (c) => console.log('worker 2 exit', c));
  });
} else {
  console.log('worker argv', process.argv.slice(2), 'execArgv', process.execArgv);
  if (process.argv.includes('--flag-a')) {
    process.send({ set: new Set([1, 2]), big: 2n ** 70n });
    process.once('message', (m) => {
      console.log('worker got', m.reply, m.when instanceof Date);
      cluster.worker.disconnect();
    });
  } else {
    cluster.worker.disconnect();
  }
}
