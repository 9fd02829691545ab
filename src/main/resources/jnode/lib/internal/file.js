'use strict';
// File (W3C File API §4): a Blob with a name and a last-modified time.

const { codes: { ERR_MISSING_ARGS, ERR_INVALID_THIS } } = require('internal/errors');
const { Blob, kBlob, kInspectedFields } = require('internal/blob');
const { kCloneSelf } = require('internal/structured_clone');

const kFile = Symbol('kFile');

function fileState(self) {
  if (self === null || typeof self !== 'object' || !(kFile in self)) throw new ERR_INVALID_THIS('File');
  return self[kFile];
}

class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = options?.lastModified === undefined ? Date.now() : Number(options.lastModified);
    if (Number.isNaN(lastModified)) lastModified = 0;
    this[kFile] = { name: `${fileName}`, lastModified };
  }

  get name() {
    return fileState(this).name;
  }

  get lastModified() {
    return fileState(this).lastModified;
  }

  [kCloneSelf]() {
    const copy = Object.create(File.prototype);
    copy[kBlob] = this[kBlob];
    copy[kFile] = { ...fileState(this) };
    return copy;
  }

  [kInspectedFields]() {
    return { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
  }
}

for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, {
    ...Object.getOwnPropertyDescriptor(File.prototype, name),
    enumerable: true,
  });
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

module.exports = { File };
