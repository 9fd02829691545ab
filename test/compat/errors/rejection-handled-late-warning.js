// compat-argv: ["--unhandled-rejections=throw", "{case}"]
// With a mode given, a handler attached after the rejection was reported prints PromiseRejectionHandledWarning.
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
const p = Promise.reject(new Error('a'));
setTimeout(() => p.catch(() => console.log('caught late')), 5);
