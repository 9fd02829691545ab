'use strict';
// The navigator global (Navigator of the HTML standard, as far as Node 24 has it): made once, on first read.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_JNODE_UNSUPPORTED } } = require('internal/errors');

const kCreate = Symbol('kCreate');

// Node reports the architecture as browsers do on the platforms where their names differ.
const browserArchNames = { __proto__: null, ia32: 'i686', x64: 'x86_64' };

function platformName() {
  switch (process.platform) {
    case 'darwin': return 'MacIntel';
    case 'win32': return 'Win32';
    case 'linux': return `Linux ${browserArchNames[process.arch] ?? process.arch}`;
    default: return `${process.platform} ${process.arch}`;
  }
}

class Navigator {
  // Reading a private field is the getters' brand check: on another object it throws a TypeError.
  #isNavigator = true;
  #language;
  #languages;

  constructor(token) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    return this.#isNavigator && require('os').availableParallelism();
  }

  get locks() {
    if (this.#isNavigator) throw new ERR_JNODE_UNSUPPORTED('navigator.locks (the Web Locks API)');
  }

  // The default locale of Intl, as Node's.
  get language() {
    this.#language ??= new Intl.DateTimeFormat().resolvedOptions().locale || 'en-US';
    return this.#language;
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    return this.#isNavigator && `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
  }

  get platform() {
    return this.#isNavigator && platformName();
  }
}

for (const name of ['hardwareConcurrency', 'locks', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, { enumerable: true });
}

let navigator;
function getNavigator() {
  navigator ??= new Navigator(kCreate);
  return navigator;
}

module.exports = { Navigator, getNavigator };
