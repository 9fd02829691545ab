const tp = require('timers/promises');
(async () => {
  console.log(await tp.setTimeout(5, 'value'));
  console.log(await tp.setImmediate('imm'));
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  await tp.scheduler.wait(2);
  console.log('waited', typeof tp.scheduler.yield);
  console.log(require('timers').promises === tp);
})();
