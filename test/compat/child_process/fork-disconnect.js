// fork's IPC channel from the child's side: process.connected, send() returning true and its callback, the
// child disconnecting itself ('disconnect' on both sides), process.send afterwards reporting ERR_IPC_CHANNEL_CLOSED
// to a callback or as an 'error' event, disconnect() twice (ERR_IPC_DISCONNECTED as an event), the parent's send
// after that. The child's output is captured (silent) and shown after it exits.
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('error', (err) => console.log('child: error event', err.code));
  const returned = process.send('first', (err) => console.log('child: first callback', err));
  console.log('child: connected', process.connected, 'send returned', returned);
  process.on('message', (m) => {
    console.log('child: message', m);
    process.on('disconnect', () => console.log('child: disconnect event', process.connected));
    process.disconnect();
    console.log('child: connected after disconnect()', process.connected);
    process.send('late', (err) => console.log('child: late callback', err.code, err.message));
    console.log('child: send without callback returns', process.send('late without callback'));
    process.disconnect();
    console.log('child: second disconnect did not throw');
  });
} else {
  const child = fork(__filename, ['child'], { silent: true });
  let childOut = '';
  child.stdout.on('data', (d) => { childOut += d; });
  child.stderr.pipe(process.stderr);
  child.on('message', (m) => {
    console.log('parent: message', m);
    child.send('go');
  });
  child.on('error', (err) => console.log('parent: error event', err.code));
  child.on('disconnect', () => {
    console.log('parent: disconnect event', child.connected);
    child.send('after', (err) => console.log('parent: send after disconnect', err.code));
    console.log('parent: send without callback returns', child.send('after, no callback'));
    child.disconnect();
    console.log('parent: disconnect again did not throw');
  });
  child.on('close', (code, signal) => {
    console.log('parent: close', code, signal);
    process.stdout.write(childOut);
  });
}
