// new Request(): every init field and its getter, defaults, copying from another Request, method
// normalization, and the TypeErrors undici throws for bad input.
const show = (label, fn) => {
  try {
    const value = fn();
    console.log(label, value);
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message), err.cause ? `cause: ${err.cause.message}` : '');
  }
};

const plain = new Request('http://example.test/a?b#c');
for (const name of ['method', 'url', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache',
  'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'body', 'bodyUsed', 'duplex']) {
  console.log(name, JSON.stringify(plain[name]));
}
console.log('headers', plain.headers instanceof Headers, [...plain.headers]);
console.log('signal', plain.signal instanceof AbortSignal, plain.signal.aborted);

const full = new Request('http://example.test/', {
  method: 'post', headers: { 'X-One': '1' }, body: 'text', referrer: 'http://ref.test/x', referrerPolicy: 'origin',
  mode: 'same-origin', credentials: 'include', cache: 'no-store', redirect: 'manual', integrity: 'sha256-abc',
  keepalive: true, window: null,
});
for (const name of ['method', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect', 'integrity',
  'keepalive']) {
  console.log('full', name, JSON.stringify(full[name]));
}
console.log('full headers', [...full.headers]);
console.log('no referrer', JSON.stringify(new Request('http://a.test/', { referrer: '' }).referrer));
console.log('about:client', new Request('http://a.test/', { referrer: 'about:client' }).referrer);

for (const method of ['get', 'post', 'put', 'delete', 'head', 'options', 'Custom', 'PATCH']) {
  console.log('method', method, '->', new Request('http://a.test/', { method }).method);
}

const copy = new Request(full, { method: 'PUT' });
console.log('copy', copy.method, copy.url, copy.mode, copy.redirect, [...copy.headers], full.bodyUsed, copy.bodyUsed);
show('reuse used', () => new Request(full));
const override = new Request(new Request('http://a.test/', { headers: { a: '1' } }), { headers: { b: '2' } });
console.log('override headers', [...override.headers]);

show('no args', () => new Request());
show('relative', () => new Request('/path'));
show('credentials in url', () => new Request('http://user:pw@a.test/'));
show('GET body', () => new Request('http://a.test/', { body: 'x' }));
show('HEAD body', () => new Request('http://a.test/', { method: 'HEAD', body: 'x' }));
show('bad method', () => new Request('http://a.test/', { method: 'a b' }));
show('CONNECT', () => new Request('http://a.test/', { method: 'CONNECT' }));
show('TRACE', () => new Request('http://a.test/', { method: 'trace' }));
show('mode', () => new Request('http://a.test/', { mode: 'bogus' }));
show('navigate', () => new Request('http://a.test/', { mode: 'navigate' }));
show('credentials', () => new Request('http://a.test/', { credentials: 'bogus' }));
show('cache', () => new Request('http://a.test/', { cache: 'bogus' }));
show('only-if-cached', () => new Request('http://a.test/', { cache: 'only-if-cached' }));
show('redirect', () => new Request('http://a.test/', { redirect: 'bogus' }));
show('referrerPolicy', () => new Request('http://a.test/', { referrerPolicy: 'bogus' }));
show('referrer url', () => new Request('http://a.test/', { referrer: 'http://[' }));
show('window', () => new Request('http://a.test/', { window: {} }));
show('signal', () => new Request('http://a.test/', { signal: 5 }));
show('init type', () => new Request('http://a.test/', 5));
show('no-cors PUT', () => new Request('http://a.test/', { mode: 'no-cors', method: 'PUT' }));
show('stream without duplex', () => new Request('http://a.test/', { method: 'POST', body: new ReadableStream() }));
show('duplex full', () => new Request('http://a.test/', { method: 'POST', body: 'x', duplex: 'full' }));
show('keepalive stream', () => new Request('http://a.test/', {
  method: 'POST', body: new ReadableStream(), keepalive: true, duplex: 'half',
}));
show('bad header', () => new Request('http://a.test/', { headers: { 'a b': '1' } }));

const controller = new AbortController();
const followed = new Request('http://a.test/', { signal: controller.signal });
console.log('own signal', followed.signal !== controller.signal, followed.signal.aborted);
controller.abort(new Error('stop'));
console.log('follows', followed.signal.aborted, followed.signal.reason.message);
console.log('copied request follows', new Request(followed).signal.aborted);
console.log('tag', Object.prototype.toString.call(plain), Request.name, Request.length);
show('brand', () => Request.prototype.url);
console.log(plain);
console.log(full);
