'use strict';
// node:stream/promises: pipeline and finished returning promises.

const { pipelinePromise } = require('internal/streams/pipeline');
const { finishedPromise } = require('internal/streams/finished');

module.exports = {
  finished: finishedPromise,
  pipeline: pipelinePromise,
};
