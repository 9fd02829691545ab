// ReadableStream.from over sync iterables, async generators and iterables of promises.
(async () => {
  const collect = async (stream) => {
    const out = [];
    for await (const x of stream) out.push(x);
    return out;
  };
  console.log(await collect(ReadableStream.from(['a', 'b'])));
  console.log(await collect(ReadableStream.from(new Set([1, 2]))));
  console.log(await collect(ReadableStream.from([Promise.resolve(1), 2])));
  console.log(await collect(ReadableStream.from((async function* gen() { yield 'x'; yield 'y'; })())));
  let finalized = false;
  const gen = (function* g() { try { yield 1; yield 2; } finally { finalized = true; } })();
  const stream = ReadableStream.from(gen);
  const reader = stream.getReader();
  console.log(await reader.read());
  await reader.cancel('stop');
  console.log('finalized', finalized);
})();
