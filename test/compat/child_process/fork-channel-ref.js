// The IPC channel's hold on the event loop: a forked child with a 'message' listener stays alive until the channel
// is unref'd (process.channel.unref()), ref() holds it again; the parent's child.channel likewise; and
// child.unref() plus channel.unref() let the parent finish while the child still has work.
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  const mode = process.argv[3];
  process.on('message', (m) => {
    console.log(`child(${mode}) message`, m);
    process.send('got it');
  });
  console.log(`child(${mode}) channel`, typeof process.channel, typeof process.channel.ref, typeof process.channel.unref);
  if (mode === 'unref') process.channel.unref();
  if (mode === 'reref') {
    process.channel.unref();
    process.channel.ref();
    process.send('ready');
  }
  if (mode === 'unref') setTimeout(() => console.log('child(unref) exits by itself'), 50);
} else {
  const first = fork(__filename, ['child', 'unref']);
  first.on('exit', (code) => {
    console.log('unref child exit', code, 'connected', first.connected);
    const second = fork(__filename, ['child', 'reref']);
    second.on('message', (m) => {
      console.log('parent got', m);
      if (m === 'ready') second.send('hello');
      else second.disconnect();
    });
    second.on('exit', (code) => {
      console.log('reref child exit after disconnect', code);
      console.log('parent channel gone', second.channel, typeof first.channel);
    });
  });
  console.log('parent channel', typeof first.channel.ref, typeof first.channel.unref);
}
