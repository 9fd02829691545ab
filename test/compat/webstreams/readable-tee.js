// tee() gives two branches that each see every chunk; cancelling both cancels the source with both reasons.
(async () => {
  const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).tee();
  const left = [];
  for await (const x of a) left.push(x);
  const right = [];
  for await (const x of b) right.push(x);
  console.log(left, right);
  const source = new ReadableStream({ cancel(reason) { console.log('source cancel', reason); } });
  const [c, d] = source.tee();
  console.log(source.locked, c, d);
  const first = c.cancel('one');
  await d.cancel('two');
  await first;
  console.log(source);
})();
