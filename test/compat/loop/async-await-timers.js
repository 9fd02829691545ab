const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  for (let i = 0; i < 3; i++) {
    await sleep(2);
    console.log('slept', i);
  }
})();
