'use strict';
// The events a WebSocket fires: MessageEvent and CloseEvent (globals, as in Node) and ErrorEvent (HTML's, which
// Node does not expose as a global).

const { Event } = require('internal/event_target');
const { codedError } = require('internal/errors');

function brandCheck(self, slot) {
  if (self === null || typeof self !== 'object' || !(slot in self)) throw codedError('ERR_INVALID_THIS', 'Illegal invocation');
  return self[slot];
}

function enumerableMembers(Class, tag) {
  for (const name of Object.getOwnPropertyNames(Class.prototype)) {
    if (name !== 'constructor') Object.defineProperty(Class.prototype, name, { enumerable: true });
  }
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

const kMessage = Symbol('message event');

class MessageEvent extends Event {
  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new TypeError('MessageEvent constructor: 1 argument required, but 0 found.');
    super(type, init);
    this[kMessage] = {
      data: init?.data ?? null,
      origin: init?.origin === undefined ? '' : `${init.origin}`,
      lastEventId: init?.lastEventId === undefined ? '' : `${init.lastEventId}`,
      source: init?.source ?? null,
      ports: init?.ports === undefined ? [] : [...init.ports],
    };
    Object.freeze(this[kMessage].ports);
  }

  get data() {
    return brandCheck(this, kMessage).data;
  }

  get origin() {
    return brandCheck(this, kMessage).origin;
  }

  get lastEventId() {
    return brandCheck(this, kMessage).lastEventId;
  }

  get source() {
    return brandCheck(this, kMessage).source;
  }

  get ports() {
    return brandCheck(this, kMessage).ports;
  }

  // The legacy initializer, as Node's: it leaves this event alone and returns a new one with the given fields.
  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '',
    source = null, ports = []) {
    brandCheck(this, kMessage);
    if (arguments.length === 0) throw new TypeError('MessageEvent.initMessageEvent: 1 argument required, but 0 found.');
    return new MessageEvent(type, { bubbles, cancelable, data, origin, lastEventId, source, ports });
  }
}
enumerableMembers(MessageEvent, 'MessageEvent');

const kClose = Symbol('close event');

class CloseEvent extends Event {
  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new TypeError('CloseEvent constructor: 1 argument required, but 0 found.');
    super(type, init);
    this[kClose] = {
      wasClean: Boolean(init?.wasClean),
      code: init?.code === undefined ? 0 : Number(init.code) & 0xffff,
      reason: init?.reason === undefined ? '' : `${init.reason}`,
    };
  }

  get wasClean() {
    return brandCheck(this, kClose).wasClean;
  }

  get code() {
    return brandCheck(this, kClose).code;
  }

  get reason() {
    return brandCheck(this, kClose).reason;
  }
}
enumerableMembers(CloseEvent, 'CloseEvent');

const kError = Symbol('error event');

class ErrorEvent extends Event {
  constructor(type, init = undefined) {
    super(type, init);
    this[kError] = {
      message: init?.message === undefined ? '' : `${init.message}`,
      filename: init?.filename === undefined ? '' : `${init.filename}`,
      lineno: init?.lineno ?? 0,
      colno: init?.colno ?? 0,
      error: init?.error,
    };
  }

  get message() {
    return brandCheck(this, kError).message;
  }

  get filename() {
    return brandCheck(this, kError).filename;
  }

  get lineno() {
    return brandCheck(this, kError).lineno;
  }

  get colno() {
    return brandCheck(this, kError).colno;
  }

  get error() {
    return brandCheck(this, kError).error;
  }
}
enumerableMembers(ErrorEvent, 'ErrorEvent');

module.exports = { MessageEvent, CloseEvent, ErrorEvent };
