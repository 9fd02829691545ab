'use strict';
// MessagePort and MessageChannel over Java's channel ends (dev.jnode.worker.MessagePortHandle). A message
// crosses threads as v8-serialized bytes plus "extras": the ports it transfers, the memory of the
// SharedArrayBuffers it shares and the bytes of the ArrayBuffers it transfers, each as a kind letter and a value.

const binding = internalBinding('worker');
const {
  EventTarget, NodeEventTarget, Event, defineEventHandler, kCreateEvent, kHybridDispatch, kNewListener, kRemoveListener,
} = require('internal/event_target');
const { Serializer, Deserializer, kIsHostObject } = require('internal/v8/serdes');
const types = require('internal/util/types');
const { markAsUncloneable, isMarkedUncloneable } = require('internal/v8/cloneable');
const { bufferFromHost } = require('internal/buffer');
const {
  codedError, codes: { ERR_INVALID_ARG_TYPE, ERR_CONSTRUCT_CALL_INVALID, ERR_CONSTRUCT_CALL_REQUIRED, ERR_MISSING_ARGS },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kPortExtra = 'p';
const kMemoryExtra = 'm';
const kBufferExtra = 'b';

const untransferable = new WeakSet();
const { poolArrayBuffers } = require('internal/buffer');

let DOMException;
function dataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

let MessageEvent;
function messageEvent(type, init) {
  MessageEvent ??= require('internal/websocket/events').MessageEvent;
  return new MessageEvent(type, init);
}

// postMessage(value, transferList) or postMessage(value, { transfer }): any iterable, as WebIDL reads a sequence.
function transferListOf(options) {
  if (options === undefined || options === null) return [];
  if (typeof options === 'object' && typeof options[Symbol.iterator] === 'function') {
    return sequenceOf(options, 'transferList');
  }
  if (typeof options !== 'object') throw notIterable('transferList');
  const { transfer } = options;
  return transfer === undefined ? [] : sequenceOf(transfer, 'options.transfer');
}

function sequenceOf(iterable, name) {
  if (iterable === null || typeof iterable !== 'object' || typeof iterable[Symbol.iterator] !== 'function') {
    throw notIterable(name);
  }
  try {
    return [...iterable];
  } catch (error) {
    if (error instanceof TypeError) throw notIterable(name);
    throw error;
  }
}

function notIterable(name) {
  return codedError('ERR_INVALID_ARG_TYPE', `Optional ${name} argument must be an iterable`);
}

/** value and its transfer list as { data, extras, ports, buffers }; throws DataCloneError as Node does. */
function serializeMessage(value, transferList, sourcePort) {
  const extras = [];
  const portIndex = new Map();
  const ports = [];
  const buffers = [];
  const serializer = new Serializer();
  serializer._getDataCloneError = dataCloneError;
  for (const item of transferList) {
    if (isMarkedAsUntransferable(item)) throw dataCloneError('Cannot transfer object of unsupported type.');
    if (item instanceof MessagePort) {
      if (item === sourcePort) throw dataCloneError('Transfer list contains source port');
      if (portIndex.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      if (item[kHandle] === null || item[kHandle].isClosed()) {
        throw dataCloneError('MessagePort in transfer list is already detached');
      }
      portIndex.set(item, ports.length);
      ports.push(item);
      extras.push(kPortExtra, item[kHandle]);
    } else if (types.isArrayBuffer(item)) {
      if (buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      if (item.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      serializer.transferArrayBuffer(extras.length + 1, item);
      buffers.push(item);
      extras.push(kBufferExtra, item);
    } else {
      throw dataCloneError('Found invalid value in transferList.');
    }
  }
  serializer[kIsHostObject] = (object) => object instanceof MessagePort || isMarkedUncloneable(object);
  serializer._writeHostObject = function(port) {
    if (!(port instanceof MessagePort)) throw dataCloneError('Cannot clone object of unsupported type.');
    const index = portIndex.get(port);
    if (index === undefined) {
      throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
    }
    this.writeUint32(index);
  };
  serializer._getSharedArrayBufferId = function(buffer) {
    extras.push(kMemoryExtra, binding.shareMemory(buffer));
    return extras.length - 1;
  };
  serializer.writeHeader();
  serializer.writeValue(value);
  return { data: serializer.releaseBuffer(), extras, ports, buffers };
}

/** Sends value (with its transfer list) through a channel end. */
function postThrough(handle, value, transferList, sourcePort) {
  const { data, extras, ports, buffers } = serializeMessage(value, transferList, sourcePort);
  if (ports.some((port) => handle.isEntangledWith(port[kHandle]))) {
    // Node's answer to a port sent through its own channel: the channel is gone, the buffers still move.
    process.emitWarning('The target port was posted to itself, and the communication channel was lost');
    handle.close();
    for (const buffer of buffers) buffer.transfer();
    return;
  }
  // Ports leave this thread before the message can reach the other one; buffers once their bytes are copied.
  for (const port of ports) port[kDetach]();
  handle.post(data.buffer, data.byteOffset, data.length, extras);
  for (const buffer of buffers) buffer.transfer();
}

/** The value of a received message and the ports it brought, as new MessagePort objects of this thread. */
function deserializeMessage(byteBuffer, extras) {
  const deserializer = new Deserializer(new Uint8Array(new ArrayBuffer(byteBuffer)));
  const ports = [];
  for (let i = 0; i < extras.length; i += 2) {
    const kind = extras[i];
    if (kind === kPortExtra) {
      ports.push(portOf(extras[i + 1]));
    } else if (kind === kBufferExtra) {
      deserializer.transferArrayBuffer(i + 1, bufferFromHost(extras[i + 1]).buffer);
    }
  }
  deserializer._readHostObject = function() {
    const port = ports[this.readUint32()];
    if (port === undefined) throw new Error('Unable to deserialize cloned data.');
    return port;
  };
  deserializer._getSharedArrayBufferFromId = (id) => binding.openMemory(extras[id]);
  deserializer.readHeader();
  return { value: deserializer.readValue(), ports };
}

const kDetach = Symbol('kDetach');
// The ports of the message being dispatched, for the MessageEvent a standard listener gets.
const kReceivedPorts = Symbol('kReceivedPorts');

// What portOf() constructs; the MessagePort users see is a function that always throws, as Node's (called with or
// without new), sharing this prototype.
class MessagePortObject extends NodeEventTarget {
  constructor() {
    super();
    this[kHandle] = null;
  }

  postMessage(value, transferList = undefined) {
    const handle = this[kHandle];
    const list = transferListOf(transferList);
    if (handle === null || handle.isClosed()) {
      // Node still validates what it would send, then drops it.
      serializeMessage(value, list, this);
      return;
    }
    postThrough(handle, value, list, this);
  }

  start() {
    this[kHandle]?.start();
  }

  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    this[kHandle]?.close();
  }

  ref() {
    this[kHandle]?.ref();
    return this;
  }

  unref() {
    this[kHandle]?.unref();
    return this;
  }

  hasRef() {
    return this[kHandle]?.hasRef() ?? false;
  }

  // Listening for messages starts the port and makes it keep the loop alive, as in Node.
  [kNewListener](size, type, ...rest) {
    super[kNewListener](size, type, ...rest);
    if (type === 'message' && size === 1) {
      this.ref();
      this.start();
    }
  }

  // Without a 'message' listener, messages wait in the queue for the next one.
  [kRemoveListener](size, type) {
    if (type === 'message' && size === 0) this[kHandle]?.stop();
  }

  [kCreateEvent](value, type) {
    if (type !== 'message' && type !== 'messageerror') return super[kCreateEvent](value, type);
    const ports = this[kReceivedPorts] ?? [];
    return messageEvent(type, { data: value, ports });
  }

  [kDetach]() {
    const handle = this[kHandle];
    this[kHandle] = null;
    handle.detach();
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const active = this[kHandle] !== null && !this[kHandle].isClosed();
    return `MessagePort ${inspect({ active, refed: this.hasRef() }, options)}`;
  }
}
function MessagePort() {
  throw new ERR_CONSTRUCT_CALL_INVALID();
}
MessagePort.prototype = MessagePortObject.prototype;
Object.defineProperty(MessagePortObject.prototype, 'constructor', { value: MessagePort, writable: true, configurable: true });
Object.setPrototypeOf(MessagePort, NodeEventTarget);
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

/** The MessagePort of this thread over a channel end. */
function portOf(handle) {
  const port = new MessagePortObject();
  port[kHandle] = handle;
  handle.attach((byteBuffer, extras) => receive(port, byteBuffer, extras), () => port.dispatchEvent(new Event('close')));
  return port;
}

// Node-style listeners get the value; standard ones a MessageEvent with the value and the transferred ports.
function receive(port, byteBuffer, extras) {
  let message;
  try {
    message = deserializeMessage(byteBuffer, extras);
  } catch (error) {
    port[kHybridDispatch](error, 'messageerror');
    return;
  }
  port[kReceivedPorts] = message.ports;
  try {
    port[kHybridDispatch](message.value, 'message');
  } finally {
    port[kReceivedPorts] = undefined;
  }
}

function MessageChannel() {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED();
  const [one, two] = binding.messageChannel();
  this.port1 = portOf(one);
  this.port2 = portOf(two);
}

// A BroadcastChannel is a member of a process-wide group of its name: what one posts, every other member (in any
// thread) receives, as a MessageEvent; it keeps the loop alive until closed or unref'd.
class BroadcastChannel extends EventTarget {
  #name;
  #handle;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    const handle = binding.broadcastChannel(this.#name);
    this.#handle = handle;
    handle.attach((byteBuffer, extras) => this.#receive(byteBuffer, extras), () => {});
    handle.start();
  }

  get name() {
    return this.#name;
  }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#handle === null) {
      DOMException ??= require('internal/per_context/domexception').DOMException;
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    postThrough(this.#handle, message, [], null);
  }

  close() {
    if (this.#handle === null) return;
    this.#handle.close();
    this.#handle = null;
  }

  ref() {
    this.#handle?.ref();
    return this;
  }

  unref() {
    this.#handle?.unref();
    return this;
  }

  #receive(byteBuffer, extras) {
    if (this.#handle === null) return;
    let value;
    try {
      value = deserializeMessage(byteBuffer, extras).value;
    } catch (error) {
      this.dispatchEvent(messageEvent('messageerror', { data: error }));
      return;
    }
    this.dispatchEvent(messageEvent('message', { data: value }));
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw codedError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  const handle = port[kHandle];
  const next = handle === null ? null : handle.receive();
  if (next === null) return undefined;
  return { message: deserializeMessage(next[0], next[1]).value };
}

function markAsUntransferable(object) {
  if ((typeof object === 'object' && object !== null) || typeof object === 'function') untransferable.add(object);
}

function isMarkedAsUntransferable(object) {
  return untransferable.has(object) || poolArrayBuffers.has(object);
}

module.exports = {
  BroadcastChannel,
  MessagePort,
  MessageChannel,
  receiveMessageOnPort,
  markAsUntransferable,
  isMarkedAsUntransferable,
  markAsUncloneable,
  portOf,
  postThrough,
  deserializeMessage,
};
