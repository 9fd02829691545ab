// node:stream/web's exports are the globals, with Node's prototype shapes.
const web = require('stream/web');
for (const name of Object.keys(web)) {
  // ReadableStreamTee is an internal Node leaks; the compression streams need zlib (ERR_JNODE_UNSUPPORTED).
  if (['ReadableStreamTee', 'CompressionStream', 'DecompressionStream'].includes(name)) continue;
  console.log(name, globalThis[name] === web[name], Object.getOwnPropertyNames(web[name].prototype).join(','));
}
console.log(Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream').enumerable);
console.log(Object.prototype.toString.call(new ReadableStream()), Object.prototype.toString.call(new WritableStream().getWriter()));
console.log(Object.keys(ReadableStream.prototype));
