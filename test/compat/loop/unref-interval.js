const i = setInterval(() => console.log('never'), 5000);
i.unref();
console.log('hasRef', i.hasRef());
setTimeout(() => console.log('done'), 5);
