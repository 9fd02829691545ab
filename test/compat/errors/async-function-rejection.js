async function work() {
  await null;
  throw new RangeError('async failure');
}
work();
