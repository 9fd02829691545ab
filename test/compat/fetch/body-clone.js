// clone() of Responses and Requests: both copies read the whole body (a tee for stream bodies), headers are
// copied (and stay immutable for immutable originals), and cloning a used or locked body throws.
const show = async (label, fn) => {
  try {
    console.log(label, await fn());
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message));
  }
};

(async () => {
  const original = new Response('shared', { status: 202, statusText: 'Accepted', headers: { 'X-A': '1' } });
  const copy = original.clone();
  console.log('copy fields', copy.status, copy.statusText, [...copy.headers], copy !== original);
  copy.headers.set('x-b', '2');
  console.log('headers separate', original.headers.has('x-b'), copy.headers.has('x-b'));
  console.log('texts', await original.text(), await copy.text());

  const streamed = new Response(new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('one,'));
      c.enqueue(new TextEncoder().encode('two'));
      c.close();
    },
  }));
  const streamedCopy = streamed.clone();
  console.log('tee', await streamedCopy.text(), await streamed.text());

  const viaBody = new Response('body accessed');
  viaBody.body;
  const viaBodyCopy = viaBody.clone();
  console.log('after body access', await viaBody.text(), await viaBodyCopy.text());

  const used = new Response('x');
  await used.text();
  await show('clone used', () => used.clone());
  const locked = new Response('x');
  locked.body.getReader();
  await show('clone locked', () => locked.clone());

  const error = Response.error().clone();
  console.log('error clone', error.type, error.status);
  await show('error clone immutable', () => error.headers.set('a', 'b'));
  const redirect = Response.redirect('http://a.test/', 307).clone();
  console.log('redirect clone', redirect.status, redirect.headers.get('location'));

  const request = new Request('http://a.test/x', { method: 'POST', body: 'req body', headers: { 'X-R': '1' } });
  const requestCopy = request.clone();
  console.log('request copy', requestCopy.method, requestCopy.url, [...requestCopy.headers]);
  console.log('request texts', await request.text(), await requestCopy.text());
  await show('clone used request', () => request.clone());
  const controller = new AbortController();
  const withSignal = new Request('http://a.test/', { signal: controller.signal }).clone();
  controller.abort();
  console.log('clone signal follows', withSignal.signal.aborted);
})();
