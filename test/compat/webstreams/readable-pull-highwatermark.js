// pull() is called while desiredSize is positive, and again for each read beyond the queue.
(async () => {
  let n = 0;
  const seen = [];
  const stream = new ReadableStream({
    pull(c) {
      seen.push(c.desiredSize);
      if (++n > 4) c.close();
      else c.enqueue(n);
    },
  }, { highWaterMark: 3 });
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log('before reading', seen);
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  console.log(chunks, seen);
})();
