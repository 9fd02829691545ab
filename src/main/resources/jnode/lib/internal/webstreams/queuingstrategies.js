'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (§7 of the WHATWG Streams Standard).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION },
} = require('internal/errors');
const { setSlots, slotsOf, inspectShown, customInspect, webIdlClass } = require('internal/webstreams/util');

// The standard wants one size function per realm, shared by every instance.
const byteLengthSize = { size: (chunk) => chunk.byteLength }.size;
const countSize = { size: () => 1 }.size;

function highWaterMarkOf(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    setSlots(this, { highWaterMark: highWaterMarkOf(init) });
  }

  get highWaterMark() {
    return slotsOf(this, ByteLengthQueuingStrategy).highWaterMark;
  }

  get size() {
    slotsOf(this, ByteLengthQueuingStrategy);
    return byteLengthSize;
  }

  [customInspect](depth, options) {
    slotsOf(this, ByteLengthQueuingStrategy);
    return inspectShown(this, { highWaterMark: this.highWaterMark }, depth, options);
  }
}

class CountQueuingStrategy {
  constructor(init) {
    setSlots(this, { highWaterMark: highWaterMarkOf(init) });
  }

  get highWaterMark() {
    return slotsOf(this, CountQueuingStrategy).highWaterMark;
  }

  get size() {
    slotsOf(this, CountQueuingStrategy);
    return countSize;
  }

  [customInspect](depth, options) {
    slotsOf(this, CountQueuingStrategy);
    return inspectShown(this, { highWaterMark: this.highWaterMark }, depth, options);
  }
}

webIdlClass(ByteLengthQueuingStrategy);
webIdlClass(CountQueuingStrategy);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
