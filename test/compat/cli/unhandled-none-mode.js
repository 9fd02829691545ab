// compat-argv: ["--unhandled-rejections=none", "{case}"]
Promise.reject(new Error('ignored'));
setTimeout(() => console.log('still alive'), 10);
