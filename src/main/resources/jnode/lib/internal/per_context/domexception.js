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
const legacyConstants = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR',
  'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR',
  'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR',
  'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
];
legacyConstants.forEach((name, i) => {
  Object.defineProperty(DOMException, name, { value: i + 1, enumerable: true });
  Object.defineProperty(DOMException.prototype, name, { value: i + 1, enumerable: true });
});

module.exports = { DOMException };
