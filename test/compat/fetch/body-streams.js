// Bodies as streams: `body` is a byte stream (BYOB readers work), ReadableStream bodies, async iterables with
// duplex 'half', streams that error, and the disturbed/locked checks on stream bodies.
const show = async (label, promise) => {
  try {
    console.log(label, await promise);
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message));
  }
};
const chunks = (...parts) => new ReadableStream({
  start(controller) {
    for (const part of parts) controller.enqueue(typeof part === 'string' ? new TextEncoder().encode(part) : part);
    controller.close();
  },
});

(async () => {
  const response = new Response('byte stream');
  const byob = response.body.getReader({ mode: 'byob' });
  const first = await byob.read(new Uint8Array(4));
  console.log('byob read', first.done, new TextDecoder().decode(first.value));
  let rest = '';
  for (;;) {
    const { value, done } = await byob.read(new Uint8Array(16));
    if (done) break;
    rest += new TextDecoder().decode(value);
  }
  console.log('byob rest', JSON.stringify(rest), response.bodyUsed);

  const same = new Response('x');
  console.log('same body object', same.body === same.body);

  await show('stream body', new Response(chunks('a', 'b', 'c')).text());
  await show('stream arrayBuffer', new Response(chunks(new Uint8Array([1, 2]), new Uint8Array([3]))).bytes());
  await show('stream of strings', new Response(chunks()).text());
  await show('non-bytes chunk', new Response(new ReadableStream({
    start(c) { c.enqueue('text'); c.close(); },
  })).text());
  await show('erroring stream', new Response(new ReadableStream({
    pull(c) { c.error(new Error('source broke')); },
  })).text());

  const disturbed = chunks('x');
  await disturbed.getReader().read();
  await show('disturbed stream', Promise.resolve().then(() => new Response(disturbed)));
  const lockedStream = chunks('x');
  lockedStream.getReader();
  await show('locked stream', Promise.resolve().then(() => new Response(lockedStream)));

  async function* generate() {
    yield 'gen-';
    yield new Uint8Array([0x41]);
    yield Buffer.from('-buf');
  }
  const fromIterable = new Request('http://a.test/', { method: 'POST', body: generate(), duplex: 'half' });
  console.log('iterable content-type', fromIterable.headers.get('content-type'), fromIterable.duplex);
  await show('iterable body', fromIterable.text());
  await show('iterable response', new Response(generate()).text());
  async function* bad() { yield 5; }
  await show('iterable bad chunk', new Response(bad()).text());

  const streamed = new Request('http://a.test/', { method: 'PUT', body: chunks('req-', 'stream'), duplex: 'half' });
  console.log('request body is the stream', streamed.body instanceof ReadableStream);
  await show('request stream text', streamed.text());
})();
