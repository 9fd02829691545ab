// node:stream/consumers over Node streams, web streams, generators and arrays, with mixed chunk kinds.
'use strict';
const consumers = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

console.log(Object.entries(consumers).map(([name, fn]) => `${name}/${fn.length}/${fn.constructor.name}`));

async function main() {
  console.log(await consumers.text(Readable.from(['a', 'b'])));
  console.log(await consumers.json(Readable.from([Buffer.from('{"x":'), '1}'])));
  console.log(await consumers.buffer(Readable.from(['ab', new Uint8Array([99])])));
  console.log(await consumers.arrayBuffer(Readable.from([Buffer.from('hi')])));
  const blob = await consumers.blob(Readable.from(['xyz']));
  console.log(blob, await blob.text());
  console.log(await consumers.bytes(Readable.from(['a'])));
  console.log(await consumers.bytes(Readable.from([])), JSON.stringify(await consumers.text(Readable.from([]))));
  // A character split across chunks, typed arrays of other widths, DataViews and ArrayBuffers.
  console.log(await consumers.text((async function* () {
    yield 'g';
    yield new Uint8Array([0xe2, 0x82]);
    yield new Uint8Array([0xac]);
  })()));
  const mixed = () => Readable.from([new Uint16Array([0x6968]), new DataView(new ArrayBuffer(1)), new ArrayBuffer(2)]);
  console.log(await consumers.buffer(mixed()), await consumers.bytes(mixed()), JSON.stringify(await consumers.text(mixed())));
  // Non-byte chunks: the byte forms take their text (through a Blob); text() refuses them.
  for (const name of ['buffer', 'arrayBuffer', 'bytes', 'blob', 'text', 'json']) {
    try {
      console.log(name, await consumers[name](Readable.from([1])));
    } catch (err) {
      console.log(name, err.name, err.code, err.message);
    }
  }
  try {
    await consumers.text(42);
  } catch (err) {
    console.log(err.name, err.message);
  }
  console.log(await consumers.text(new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('web '));
      controller.enqueue(new TextEncoder().encode('stream'));
      controller.close();
    },
  })));
  console.log(await consumers.text(['an', ' array']));
  const pass = new PassThrough();
  setImmediate(() => { pass.write('late '); pass.end('writes'); });
  console.log(await consumers.text(pass));
  const failing = new Readable({ read() { this.destroy(new Error('broken')); } });
  await consumers.text(failing).catch((err) => console.log('rejected:', err.message));
}
main();
