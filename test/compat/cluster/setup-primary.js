// cluster.setupPrimary: exec, args and execArgv for the workers, the 'setup' event and cluster.settings.
const cluster = require('node:cluster');
const path = require('node:path');

if (process.argv[2] === 'as-worker') {
  console.log('worker argv', process.argv.slice(2).join(' '), cluster.isWorker);
  process.exit(0);
} else {
  cluster.on('setup', (settings) => {
    console.log('setup', path.basename(settings.exec), settings.args.join(' '), settings.silent);
  });
  cluster.setupPrimary({ exec: __filename, args: ['as-worker', 'x', 'y'] });
  console.log('settings now', Object.keys(cluster.settings).sort().join(','));
  console.log('same as setupMaster', cluster.setupMaster === cluster.setupPrimary);
  const worker = cluster.fork();
  worker.on('exit', (code) => console.log('exit', code));
}
