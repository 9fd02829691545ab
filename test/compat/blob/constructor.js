// Blob parts (strings, buffers, views, blobs, other values), type normalisation and endings.
const show = (fn) => {
  try { console.log(fn()); } catch (e) { console.log(e.name, e.code, e.message); }
};
show(() => new Blob());
show(() => new Blob(['abc', new Uint8Array([100, 101]), new Uint16Array([1, 2]).buffer, new Blob(['xy'])]));
show(() => new Blob([1, {}, null]).size);
show(() => new Blob([], { type: 'Text/HTML' }).type);
show(() => new Blob([], { type: 'a\u00e9' }).type);
show(() => new Blob(['a\r\nb\nc\r'], { endings: 'native' }).size);
show(() => new Blob(['a\r\nb'], { endings: 'transparent' }).size);
show(() => new Blob([], { endings: 'x' }));
show(() => new Blob(1));
show(() => new Blob('abc'));
show(() => new Blob([], 1));
show(() => new Blob(['\ud800']).size);
show(() => Object.getOwnPropertyNames(Blob.prototype).filter((n) => n !== 'textStream'));
show(() => Object.prototype.toString.call(new Blob([])));
show(() => Blob.prototype.slice.call({}));
show(() => require('buffer').Blob === Blob);
show(() => require('util').inspect(new Blob(['x']), { depth: -1 }));
