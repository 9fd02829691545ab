'use strict';
// node:worker_threads: this is the main thread; Worker itself arrives with the threads work.

const { unsupportedFunctions } = require('internal/unsupported');

module.exports = unsupportedFunctions('worker_threads', ['Worker', 'MessageChannel', 'MessagePort',
  'BroadcastChannel', 'receiveMessageOnPort', 'moveMessagePortToContext', 'markAsUntransferable',
  'isMarkedAsUntransferable', 'markAsUncloneable', 'postMessageToThread'], {
  isMainThread: true,
  isInternalThread: false,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  getEnvironmentData() {
    return undefined;
  },
  setEnvironmentData() {},
});
