// The body mixin on Response and Request: every reader on every kind of body, bodyUsed, reading twice,
// reading a locked body, UTF-8 decoding (BOM, invalid bytes), JSON errors, blob types, and brand checks.
const show = async (label, promise) => {
  try {
    const value = await promise;
    console.log(label, value);
  } catch (err) {
    console.log(label, err.name, err.name === 'SyntaxError' ? '(json syntax)' : JSON.stringify(err.message));
  }
};

(async () => {
  await show('text', new Response('héllo').text());
  await show('json', new Response('{"a":[1,2]}').json());
  await show('arrayBuffer', new Response('abc').arrayBuffer());
  await show('bytes', new Response('abc').bytes());
  await show('blob', new Response('abc', { headers: { 'content-type': 'Text/Plain' } }).blob());
  await show('blob default type', new Response('abc').blob());
  await show('blob no type', new Response(new Uint8Array([1])).blob());
  await show('view body', new Response(new Uint16Array([0x6261, 0x6463]).subarray(1)).text());
  await show('dataview body', new Response(new DataView(new Uint8Array([65, 66, 67]).buffer, 1)).text());
  await show('blob body', new Response(new Blob(['x', 'y'])).text());
  await show('params body', new Response(new URLSearchParams({ a: '1 2', b: 'é' })).text());
  await show('null body text', new Response(null).text());
  await show('null body bytes', new Response().bytes());
  await show('null body json', new Response().json());
  await show('bom stripped', new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text());
  await show('invalid utf8', new Response(new Uint8Array([0x61, 0xff, 0x62])).text());
  await show('bad json', new Response('{').json());

  const used = new Response('once');
  console.log('bodyUsed before', used.bodyUsed);
  await used.text();
  console.log('bodyUsed after', used.bodyUsed);
  await show('read twice', used.text());
  await show('read twice arrayBuffer', used.arrayBuffer());

  const locked = new Response('locked');
  locked.body.getReader();
  console.log('locked bodyUsed', locked.bodyUsed);
  await show('read locked', locked.text());

  const partly = new Response('partly');
  const reader = partly.body.getReader();
  await reader.read();
  reader.releaseLock();
  console.log('partly read bodyUsed', partly.bodyUsed);
  await show('read partly read', partly.text());

  const source = new Uint8Array([1, 2, 3]);
  const snapshot = new Response(source);
  source[0] = 9;
  await show('body copied at construction', snapshot.bytes());

  const request = new Request('http://a.test/', { method: 'POST', body: '{"r":true}' });
  await show('request json', request.json());
  console.log('request bodyUsed', request.bodyUsed);
  await show('request text again', request.text());
  await show('request without body', new Request('http://a.test/').text());

  await show('brand text', Response.prototype.text.call({}));
  await show('brand request', Request.prototype.json.call(new Response('1')));
  const stream = new Response('abc').body;
  console.log('body stream', stream instanceof ReadableStream, stream.locked);
})();
