let count = 0;
const t = setInterval(function tick() {
  count++;
  console.log('tick', count, this === t);
  if (count === 2) clearInterval(this);
}, 1);
