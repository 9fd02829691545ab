// File: name, lastModified, inspect, and its argument errors.
const show = (fn) => {
  try { console.log(fn()); } catch (e) { console.log(e.name, e.code, e.message); }
};
show(() => new File(['x'], 'f.txt', { lastModified: 5, type: 'Text/Plain' }));
show(() => new File());
show(() => new File([]));
show(() => new File([], 'n', { lastModified: 'x' }).lastModified);
show(() => new File([], 'n', { lastModified: 1.7 }).lastModified);
show(() => new File([], { toString() { return 'q'; } }).name);
show(() => typeof new File([], 'now').lastModified);
show(() => new File(['ab'], 'a') instanceof Blob);
show(() => Object.getOwnPropertyNames(File.prototype));
show(() => Object.prototype.toString.call(new File([], 'a')));
show(() => require('buffer').File === File);
show(() => new File(['abc'], 'a.txt').slice(1));
(async () => console.log(await new File(['content'], 'c.txt').text()))();
