'use strict';
// Node refuses to import a WebAssembly module whose import or export names use the namespaces the ESM
// integration reserves ("wasm:" and "wasm-js:"). GraalJS's module record does not check them, so the loader does,
// reading only the binary's import and export sections (compiling the module twice would cost large modules
// seconds).

const RESERVED = /^wasm(-js)?:/;

/** The import ({module, name}) and export names of a WebAssembly binary; null if it is malformed. */
function importsAndExports(bytes) {
  let pos = 8;
  const byte = () => {
    if (pos >= bytes.length) throw new RangeError('truncated');
    return bytes[pos++];
  };
  const uleb = () => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const b = byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
    }
  };
  const name = () => {
    const length = uleb();
    const text = require('buffer').Buffer.from(bytes.buffer, bytes.byteOffset + pos, length).toString('utf8');
    pos += length;
    return text;
  };
  // A value or reference type: one byte, or a (ref null? heaptype) pair.
  const valueType = () => {
    const t = byte();
    if (t === 0x63 || t === 0x64) uleb();
  };
  const limits = () => {
    const flags = uleb();
    uleb();
    if (flags & 1) uleb();
  };
  const imports = [];
  const exports = [];
  try {
    while (pos < bytes.length) {
      const id = byte();
      const size = uleb();
      const end = pos + size;
      if (id === 2) {
        for (let n = uleb(); n > 0; n--) {
          imports.push({ module: name(), name: name() });
          switch (byte()) {
            case 0x00: uleb(); break; // function: type index
            case 0x01: valueType(); limits(); break; // table
            case 0x02: limits(); break; // memory
            case 0x03: valueType(); byte(); break; // global: type, mutability
            case 0x04: byte(); uleb(); break; // tag: attribute, type index
            default: return null;
          }
        }
      } else if (id === 7) {
        for (let n = uleb(); n > 0; n--) {
          exports.push(name());
          byte();
          uleb();
        }
      }
      pos = end;
    }
  } catch {
    return null;
  }
  return { imports, exports };
}

/** Throws Node's LinkError when the binary at `url` uses a reserved name; a malformed one is left to compile. */
function checkWasmNames(bytes, url) {
  const found = importsAndExports(bytes);
  if (found === null) return;
  for (const { module, name } of found.imports) {
    if (module.startsWith('wasm-js:')) throw new WebAssembly.LinkError(`Invalid Wasm import "${module}" in ${url}`);
    if (RESERVED.test(name)) throw new WebAssembly.LinkError(`Invalid Wasm import name "${name}" in ${url}`);
  }
  for (const name of found.exports) {
    if (RESERVED.test(name)) throw new WebAssembly.LinkError(`Invalid Wasm export name "${name}" in ${url}`);
  }
}

module.exports = { checkWasmNames };
