// WritableStream: writes reach the sink in order, desiredSize follows the queue, close() after the writes.
(async () => {
  const log = [];
  const stream = new WritableStream({
    start(c) { console.log(c); },
    write(chunk, c) { log.push(chunk); return new Promise((resolve) => setTimeout(resolve, 1)); },
    close() { log.push('close'); },
  }, { highWaterMark: 2 });
  const writer = stream.getWriter();
  console.log(writer);
  console.log(writer.desiredSize);
  writer.write('a');
  console.log(writer.desiredSize);
  writer.write('b');
  console.log(writer.desiredSize);
  writer.write('c');
  console.log(writer.desiredSize);
  await writer.close();
  console.log(log, stream, writer.desiredSize);
})();
