// structuredClone copies a Blob or File; blob: URLs resolve until revoked.
const { resolveObjectURL } = require('buffer');
(async () => {
  const clone = structuredClone(new Blob(['xy'], { type: 'a/b' }));
  console.log(clone, await clone.text());
  console.log(structuredClone(new File(['z'], 'z.txt', { lastModified: 7 })));
  const url = URL.createObjectURL(new Blob(['data']));
  console.log(url.length, url.startsWith('blob:nodedata:'));
  const found = resolveObjectURL(url);
  console.log(found, await found.text(), resolveObjectURL(`${url}#frag`).size);
  console.log(resolveObjectURL('blob:nodedata:missing'), resolveObjectURL('x'));
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url));
  try { URL.createObjectURL(1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { URL.revokeObjectURL(); } catch (e) { console.log(e.name, e.code, e.message); }
})();
