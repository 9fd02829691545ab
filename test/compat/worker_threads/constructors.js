// MessagePort is not constructible (with or without new), MessageChannel needs new; close(callback); a closed port
// cannot be transferred.
const { MessageChannel, MessagePort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1.constructor === MessagePort, port1 instanceof EventTarget);
for (const f of [() => MessagePort(), () => new MessagePort(), () => MessageChannel()]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
port1.close(() => console.log('closed cb'));
try { port2.postMessage(null, [port1]); } catch (e) { console.log(e.name, e.message); }
console.log(typeof MessagePort, MessagePort.name, MessagePort.length, Object.getPrototypeOf(MessagePort.prototype) === require('events').EventEmitter.prototype);
