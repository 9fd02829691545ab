'use strict';
// The asynchronous requests in flight (fs calls on the thread pool), in the order they were made, for
// process._getActiveRequests() and process.getActiveResourcesInfo(). Each is an object named as Node names its
// request wrappers (FSReqCallback, FSReqPromise).

module.exports = { activeRequests: new Set() };
