// fs.access and fs.promises.access with a mode, answered off the JavaScript thread (the mode used to be read
// there from the JavaScript arguments, which GraalJS refuses from another thread).
const fs = require('node:fs');

fs.access(__filename, fs.constants.R_OK, (err) => {
  console.log('callback R_OK', err);
  fs.access('/nonexistent-jnode-file', fs.constants.F_OK, (missing) => {
    console.log('callback missing', missing.code);
    fs.promises.access(__filename, fs.constants.R_OK | fs.constants.W_OK).then((value) => {
      console.log('promise R_OK|W_OK', value);
      return fs.promises.access('/nonexistent-jnode-file');
    }).catch((e) => console.log('promise missing', e.code, e.syscall));
  });
});
