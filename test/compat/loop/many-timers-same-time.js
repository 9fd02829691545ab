const out = [];
for (let i = 0; i < 20; i++) setTimeout(() => out.push(i), 3);
setTimeout(() => console.log(out.join(' ')), 10);
