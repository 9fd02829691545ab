// An 'ipc' entry in spawn's stdio: the child learns its channel from NODE_CHANNEL_FD; sending after the child is
// gone reports ERR_IPC_CHANNEL_CLOSED.
const { spawn } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.send({ fd: 'channel', hasVar: 'NODE_CHANNEL_FD' in process.env });
  process.on('message', (m) => {
    process.send(`got ${m}`);
    process.exit(0);
  });
} else {
  const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  console.log(child.stdio.length, child.stdio[3], child.connected);
  child.on('message', (m) => {
    console.log('message', m);
    if (typeof m === 'object') child.send('ping');
  });
  child.on('exit', (code) => {
    console.log('exit', code);
    setTimeout(() => {
      child.send('too late', (err) => console.log('late send', err?.code, child.connected));
    }, 50);
  });
}
