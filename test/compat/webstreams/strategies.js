// Queuing strategies: highWaterMark, the shared size functions, and their argument errors.
const count = new CountQueuingStrategy({ highWaterMark: 3 });
const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
console.log(count, bytes, count.highWaterMark, bytes.highWaterMark);
console.log(count.size(), bytes.size(new Uint8Array(5)), count.size === new CountQueuingStrategy({ highWaterMark: 0 }).size);
console.log(count.size.name, bytes.size.name, Object.prototype.toString.call(count));
for (const init of [undefined, {}, 1]) {
  try { new CountQueuingStrategy(init); } catch (e) { console.log(e.name, e.code, e.message); }
}
(async () => {
  const stream = new ReadableStream({ start(c) { console.log(c.desiredSize); c.enqueue(new Uint8Array(4)); console.log(c.desiredSize); } },
    new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  console.log(await stream.getReader().read());
})();
