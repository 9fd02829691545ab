process.on('warning', (w) => console.log(w.name, w.message));
setTimeout(() => console.log('ran'), -5);
setTimeout(() => console.log('ran big'), 2 ** 31);
