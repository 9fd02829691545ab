// process.getActiveResourcesInfo / _getActiveRequests: fs requests in flight, ref'd timers and immediates.
// (Node also lists stdio pipes, which depend on how the test runs: left out.)
const fs = require('fs');
const info = (omit = /^(Pipe|TTY)Wrap$/) => process.getActiveResourcesInfo().filter((type) => !omit.test(type));
console.log(info());
let settled = 0;
const done = () => settled++;
process.on('exit', () => console.log('at exit', settled, info()));
fs.stat(__filename, done);
fs.promises.stat(__filename).then(done);
const t = setTimeout(() => {}, 5);
setTimeout(() => {}, 5).unref();
setInterval(() => {}, 5).unref();
// The fs requests may or may not have finished when the immediate runs.
setImmediate(() => console.log('in immediate', info(/^(Pipe|TTY)Wrap|FSReq/)));
setImmediate(() => {}).unref();
console.log(info());
const requests = process._getActiveRequests();
console.log(requests.length, requests.map((r) => r.constructor.name), typeof requests[0].oncomplete);
clearTimeout(t);
console.log(info());
