'use strict';
// node:worker_threads: this is the main thread; Worker itself arrives with the threads work.

const { unsupportedClasses, unsupportedFunctions } = require('internal/unsupported');

// The classes stay constructible in form, so that `new Worker()` is the clear unsupported error too.
const classes = unsupportedClasses('worker_threads', ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel']);
module.exports = unsupportedFunctions('worker_threads', ['receiveMessageOnPort', 'moveMessagePortToContext', 'markAsUntransferable',
  'isMarkedAsUntransferable', 'markAsUncloneable', 'postMessageToThread'], {
  isMainThread: true,
  isInternalThread: false,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  ...classes,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  getEnvironmentData() {
    return undefined;
  },
  setEnvironmentData() {},
});
