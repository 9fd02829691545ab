// new Response() and its statics: status/statusText/headers checks, null-body statuses, Content-Type defaults,
// Response.error(), Response.json(), Response.redirect(), immutable headers, and inspect output.
const show = (label, fn) => {
  try {
    const value = fn();
    console.log(label, value);
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message), err.cause ? `cause: ${err.cause.message}` : '');
  }
};
const brief = (r) => [r.status, JSON.stringify(r.statusText), r.ok, r.type, JSON.stringify(r.url), r.redirected,
  r.body === null ? 'null body' : 'stream body', r.bodyUsed, JSON.stringify([...r.headers])].join(' ');

console.log('default', brief(new Response()));
console.log('null', brief(new Response(null)));
console.log('string', brief(new Response('hi')));
console.log('init', brief(new Response('x', { status: 404, statusText: 'Nope', headers: { 'X-A': 'b' } })));
console.log('status 299', new Response('', { status: 299 }).ok, 'status 300', new Response('', { status: 300 }).ok);
console.log('status float', new Response('', { status: 201.9 }).status);
console.log('204 without body', new Response(null, { status: 204 }).status);
console.log('content type kept', new Response('x', { headers: { 'content-type': 'a/b' } }).headers.get('content-type'));
console.log('blob type', new Response(new Blob(['x'], { type: 'Image/PNG' })).headers.get('content-type'));
console.log('blob no type', new Response(new Blob(['x'])).headers.get('content-type'));
console.log('buffer', new Response(new Uint8Array(3)).headers.get('content-type'));
console.log('arraybuffer', new Response(new ArrayBuffer(3)).headers.get('content-type'));
console.log('params', new Response(new URLSearchParams('a=1')).headers.get('content-type'));
console.log('stream', new Response(new ReadableStream()).headers.get('content-type'));
console.log('number', new Response(42).headers.get('content-type'));

show('status 99', () => new Response('', { status: 99 }));
show('status 600', () => new Response('', { status: 600 }));
show('status NaN', () => new Response('', { status: 'abc' }));
show('204 body', () => new Response('x', { status: 204 }));
show('304 body', () => new Response('', { status: 304 }));
show('statusText newline', () => new Response('', { statusText: 'a\nb' }));
show('statusText wide', () => new Response('', { statusText: 'a\u0100' }));
show('init number', () => new Response('', 5));
show('headers number', () => new Response('', { headers: 5 }));
show('headers pair', () => new Response('', { headers: [['a']] }));

const error = Response.error();
console.log('error', brief(error));
show('error headers immutable', () => error.headers.set('a', 'b'));

const json = Response.json({ a: [1, 'two'] }, { status: 201, headers: { 'X-J': '1' } });
console.log('json', brief(json));
json.text().then((text) => console.log('json text', text));
console.log('json content-type kept', Response.json(1, { headers: { 'content-type': 'x/y' } }).headers.get('content-type'));
show('json undefined', () => Response.json(undefined));
show('json bigint', () => Response.json(1n));
show('json no args', () => Response.json());
show('json 204', () => Response.json({}, { status: 204 }));

const redirect = Response.redirect('http://a.test/next', 301);
console.log('redirect', brief(redirect));
console.log('redirect default', Response.redirect('http://a.test/').status);
show('redirect immutable', () => redirect.headers.append('x', 'y'));
show('redirect status', () => Response.redirect('http://a.test/', 200));
show('redirect relative', () => Response.redirect('/x'));
show('redirect no args', () => Response.redirect());

const mutable = new Response('x');
mutable.headers.set('x-late', '1');
console.log('mutable', mutable.headers.get('x-late'));
console.log('tag', Object.prototype.toString.call(mutable), Response.name, Response.length);
show('brand status', () => Object.getOwnPropertyDescriptor(Response.prototype, 'status').get.call({}));
console.log('enumerable', Object.getOwnPropertyDescriptor(Response.prototype, 'status').enumerable,
  Object.keys(Response.prototype).includes('text'));
console.log(new Response('hi', { status: 201, statusText: 'Made', headers: { a: '1' } }));
console.log(Response.error());
console.log(redirect);
