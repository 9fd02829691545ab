// Errors of ReadableStream's constructor, reader and controller: codes, classes and messages.
const show = (fn) => {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
show(() => new ReadableStream({ type: 'foo' }));
show(() => new ReadableStream(1));
show(() => new ReadableStream({}, { highWaterMark: -1 }));
show(() => new ReadableStream({}, { size: 1 }));
show(() => new ReadableStream({ type: 'bytes' }, { size: () => 1 }));
show(() => new ReadableStream().getReader({ mode: 'x' }));
show(() => new ReadableStream().getReader({ mode: 'byob' }));
show(() => ReadableStream.prototype.getReader.call({}));
show(() => new ReadableStreamDefaultReader(1));
show(() => new ReadableStreamDefaultController());
show(() => new ReadableStream({ start(c) { c.close(); c.close(); } }));
show(() => new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }));
show(() => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(1); } }));
show(() => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }));
show(() => new ReadableStream().pipeThrough({}));
const locked = new ReadableStream();
locked.getReader();
show(() => locked.getReader());
show(() => locked.tee.call(1));
show(() => ReadableStream.from(1));
