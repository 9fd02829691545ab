// compat-argv: ["--unhandled-rejections=warn", "{case}"]
Promise.reject(new Error('only a warning'));
setTimeout(() => console.log('still alive'), 10);
