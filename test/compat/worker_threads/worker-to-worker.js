// Two workers talk directly: each gets one end of a MessageChannel through workerData/transferList, an ArrayBuffer
// goes from one to the other by transfer, and a BroadcastChannel reaches both workers from the main thread
// (and each worker's broadcast reaches the main thread and the other worker, never itself).
const { Worker, MessageChannel, BroadcastChannel } = require('node:worker_threads');

const code = `
  const { workerData: { port, name }, BroadcastChannel, parentPort } = require('node:worker_threads');
  const bc = new BroadcastChannel('group');
  const heard = [];
  bc.onmessage = (e) => {
    heard.push(e.data);
    if (e.data === 'from main') bc.postMessage('from ' + name);
    if (heard.length === 2) {
      parentPort.postMessage({ name, heard: heard.sort() });
      bc.close();
    }
  };
  port.on('message', (m) => {
    if (name === 'B') {
      const bytes = new Uint8Array(m.buffer);
      port.postMessage({ text: 'B read ' + bytes.join(','), length: m.buffer.byteLength });
      port.close();
    } else {
      parentPort.postMessage({ name, fromB: m });
      port.close();
    }
  });
  if (name === 'A') {
    const buffer = new Uint8Array([7, 8, 9]).buffer;
    port.postMessage({ buffer }, [buffer]);
    parentPort.postMessage({ name, afterTransfer: buffer.byteLength });
  }
  parentPort.postMessage({ name, ready: true });
`;
const { port1, port2 } = new MessageChannel();
const a = new Worker(code, { eval: true, workerData: { port: port1, name: 'A' }, transferList: [port1] });
const b = new Worker(code, { eval: true, workerData: { port: port2, name: 'B' }, transferList: [port2] });
const main = new BroadcastChannel('group');
const mainHeard = [];
main.onmessage = (e) => {
  mainHeard.push(e.data);
  finish();
};
const got = { A: [], B: [] };
let ready = 0;
for (const w of [a, b]) {
  w.on('message', (m) => {
    if (m.ready) {
      if (++ready === 2) main.postMessage('from main');
      return;
    }
    got[m.name].push(m);
  });
}
const exitCodes = [];
for (const w of [a, b]) {
  w.on('exit', (code) => {
    exitCodes.push(code);
    finish();
  });
}
function finish() {
  if (exitCodes.length < 2 || mainHeard.length < 2) return;
  {
    console.log('exit codes', exitCodes);
    for (const name of ['A', 'B']) console.log(name, JSON.stringify(got[name].sort((x, y) => JSON.stringify(x) < JSON.stringify(y) ? -1 : 1)));
    console.log('main heard', mainHeard.sort());
    main.close();
  }
}
