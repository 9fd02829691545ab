// Reading a Blob: text(), arrayBuffer(), bytes(), slice() with negative and out-of-range bounds.
(async () => {
  const blob = new Blob(['h\u00e9llo ', 'world']);
  console.log(await blob.text());
  console.log(await blob.arrayBuffer());
  console.log(await blob.bytes());
  console.log(blob.slice(-5), await blob.slice(-5).text());
  console.log(await blob.slice(1, 4, 'X/Y').text(), blob.slice(1, 4, 'X/Y').type);
  console.log(blob.slice(4, 2).size, blob.slice(100).size, blob.slice(-100, 3).size);
  console.log(await blob.slice(3, 9).text());
  await Blob.prototype.text.call(1).catch((e) => console.log(e.name, e.code, e.message));
})();
