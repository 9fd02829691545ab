// fork: messages both ways, in order, with JSON's value rules; disconnect from the parent ends the child.
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  console.log('child: connected', process.connected, typeof process.send, typeof process.channel.ref);
  process.on('message', (message) => {
    if (message === 'bye') {
      process.send({ kind: 'last' });
      return;
    }
    process.send({ echo: message, type: typeof message });
  });
  process.on('disconnect', () => console.log('child: disconnect', process.connected));
} else {
  const child = fork(__filename, ['child']);
  const replies = [];
  child.on('message', (message) => {
    replies.push(message);
    if (message.kind === 'last') {
      console.log(JSON.stringify(replies));
      child.disconnect();
      console.log('parent: connected after disconnect', child.connected);
    }
  });
  child.on('disconnect', () => console.log('parent: disconnect'));
  child.on('exit', (code, signal) => console.log('exit', code, signal));
  child.on('close', (code) => console.log('close', code));
  for (const value of [1, 'two', true, null, [1, [2]], { nested: { date: new Date(0), undef: undefined } }]) {
    child.send(value);
  }
  child.send('bye', (err) => console.log('send callback', err));
  console.log('parent: connected', child.connected, typeof child.pid);
}
