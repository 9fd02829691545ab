// The WebSocket globals without a connection: MessageEvent and CloseEvent constructors and fields, the
// WebSocket prototype (constants, attributes, on<event> handlers) and property descriptors.
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message));
  }
};

const message = new MessageEvent('message', { data: { a: 1 }, origin: 'ws://x.test', lastEventId: 7 });
console.log('message', message.type, message.data, message.origin, JSON.stringify(message.lastEventId), message.source,
  message.ports, message instanceof Event);
const plainMessage = new MessageEvent('custom');
console.log('defaults', plainMessage.data, JSON.stringify(plainMessage.origin), plainMessage.ports.length);
const original = new MessageEvent('first');
const made = original.initMessageEvent('second', true, true, 'payload', 'ws://o.test', 'id-1');
console.log('initMessageEvent', original.type, original.data, made instanceof MessageEvent, made.type, made.bubbles,
  made.cancelable, made.data, made.origin, made.lastEventId, made.source, made.ports);
show('initMessageEvent no args', () => new MessageEvent('x').initMessageEvent());
const close = new CloseEvent('close', { code: 4001, reason: 'why', wasClean: true });
console.log('close', close.type, close.code, close.reason, close.wasClean, close instanceof Event);
const plainClose = new CloseEvent('close');
console.log('close defaults', plainClose.code, JSON.stringify(plainClose.reason), plainClose.wasClean);
show('message no type', () => new MessageEvent());
show('close no type', () => new CloseEvent());
show('message data brand', () => Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data').get.call({}));
console.log('tags', Object.prototype.toString.call(message), Object.prototype.toString.call(close));

console.log('constants', WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED,
  WebSocket.prototype.OPEN);
for (const name of ['url', 'readyState', 'binaryType', 'onopen', 'onmessage', 'onerror', 'onclose', 'send', 'close']) {
  const descriptor = Object.getOwnPropertyDescriptor(WebSocket.prototype, name);
  console.log(name, typeof descriptor.get, typeof descriptor.set, typeof descriptor.value, descriptor.enumerable);
}
console.log('extends EventTarget', Object.getPrototypeOf(WebSocket.prototype) === EventTarget.prototype, WebSocket.length);
show('url brand', () => Object.getOwnPropertyDescriptor(WebSocket.prototype, 'url').get.call({}));
console.log('globals', ['WebSocket', 'CloseEvent', 'MessageEvent'].map((name) =>
  `${name}:${Object.getOwnPropertyDescriptor(globalThis, name) !== undefined}:${typeof globalThis[name]}`));

const ws = new WebSocket('ws://127.0.0.1:1/');
let handled = 0;
ws.onerror = () => handled++;
ws.onclose = (event) => console.log('refused', handled, event.code, event.wasClean, ws.readyState);
console.log('handler', typeof ws.onerror, ws.onmessage);
