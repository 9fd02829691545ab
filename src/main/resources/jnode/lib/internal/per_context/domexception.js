'use strict';
// DOMException as WHATWG defines it (the subset jnode's modules throw): name, message and the legacy code.

const legacyCodes = {
  __proto__: null,
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

const kName = Symbol('name');
const kMessage = Symbol('message');

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    let name = options;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    }
    Object.defineProperty(this, kName, { value: `${name}` });
    Object.defineProperty(this, kMessage, { value: `${message}` });
    Object.defineProperty(this, 'stack', {
      value: `${this[kName]}: ${this[kMessage]}${String(new Error().stack).replace(/^[^\n]*/, '')}`,
      writable: true, configurable: true,
    });
  }

  get name() { return this[kName]; }
  get message() { return this[kMessage]; }
  get code() { return legacyCodes[this[kName]] || 0; }
}

Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const [name, code] of Object.entries(legacyCodes)) {
  const constant = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
  Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
  Object.defineProperty(DOMException.prototype, constant, { value: code, enumerable: true });
}

module.exports = { DOMException };
