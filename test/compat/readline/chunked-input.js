// Lines assembled from input cut at every awkward place: a line split over chunks, \r\n split between chunks, empty
// lines, a lone \r, multi-byte characters split across Buffers, and a last line without a newline.
const readline = require('node:readline');
const { Readable } = require('node:stream');

const text = Buffer.from('first li' + 'ne\r\n\r\nthird\rfourth\n' + 'sécond half é\nno newline at end', 'utf8');
const cuts = [3, 8, 10, 11, 12, 19, 35, 36, 37];
async function run(label, chunks) {
  const rl = readline.createInterface({ input: Readable.from(chunks), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(label, JSON.stringify(lines));
}
(async () => {
  const pieces = [];
  let at = 0;
  for (const cut of cuts) {
    pieces.push(text.subarray(at, cut));
    at = cut;
  }
  pieces.push(text.subarray(at));
  await run('buffers cut anywhere:', pieces);
  await run('one byte at a time:', [...text].map((b) => Buffer.from([b])));
  await run('strings:', ['a\r', '\nb\n', '\n', 'c']);
  await run('only newlines:', ['\n\n\n']);
  await run('empty input:', []);
})();
