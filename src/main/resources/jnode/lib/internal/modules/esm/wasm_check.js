'use strict';
// Checks the loader makes before GraalJS's module record takes a WebAssembly file, reading only the binary's
// section headers and its import and export sections (compiling the module twice would cost large modules
// seconds): Node refuses import or export names in the namespaces the ESM integration reserves ("wasm:" and
// "wasm-js:"), which GraalJS does not check, and a binary malformed in its layout gets Node's CompileError (GraalJS
// would throw a plain Error). Errors inside function bodies still reach GraalJS.

const RESERVED = /^wasm(-js)?:/;

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]; // "\0asm", version 1

/** The import ({module, name}) and export names of a WebAssembly binary; null if its layout is malformed. */
function importsAndExports(bytes) {
  if (bytes.length < HEADER.length || HEADER.some((b, i) => bytes[i] !== b)) return null;
  let pos = HEADER.length;
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
      if (end > bytes.length) return null;
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

/** Throws Node's CompileError for a malformed binary, its LinkError for a reserved name. */
function checkWasmModule(bytes, filename, url) {
  const found = importsAndExports(bytes);
  if (found === null) {
    try {
      new WebAssembly.Module(bytes); // eslint-disable-line no-new
    } catch (e) {
      throw new WebAssembly.CompileError(`${filename}: ${e.message}`);
    }
    return;
  }
  for (const { module, name } of found.imports) {
    if (module.startsWith('wasm-js:')) throw new WebAssembly.LinkError(`Invalid Wasm import "${module}" in ${url}`);
    if (RESERVED.test(name)) throw new WebAssembly.LinkError(`Invalid Wasm import name "${name}" in ${url}`);
  }
  for (const name of found.exports) {
    if (RESERVED.test(name)) throw new WebAssembly.LinkError(`Invalid Wasm export name "${name}" in ${url}`);
  }
}

module.exports = { checkWasmModule };
