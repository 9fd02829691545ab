'use strict';
// node:v8. The serializer writes V8's own wire format (internal/v8/serdes), so bytes move between jnode and
// Node both ways. Heap figures and GC records come from the JVM (internalBinding('v8')), under V8's names;
// promise hooks are GraalJS's (internal/v8/promise_hooks). What only V8 can do (heap snapshots, flags, CPU
// profiles) throws ERR_JNODE_UNSUPPORTED.

const { Serializer, Deserializer, isOneByte } = require('internal/v8/serdes');
const { FastBuffer } = require('internal/buffer');
const { codes: { ERR_JNODE_UNSUPPORTED, ERR_NOT_BUILDING_SNAPSHOT } } = require('internal/errors');
const { validateString, validateUint32, validateOneOf } = require('internal/validators');
const { unsupportedFunctions } = require('internal/unsupported');
const types = require('internal/util/types');

let binding;
const v8Binding = () => binding ??= internalBinding('v8');

// The views Node's DefaultSerializer writes as host objects, by the number it writes for each.
const hostViewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array, Float16Array,
];
const kBufferType = hostViewTypes.indexOf(FastBuffer);
const typedArrayName = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);

function hostViewType(view) {
  if (view.constructor === Buffer) return kBufferType;
  const name = types.isDataView(view) ? 'DataView' : typedArrayName(view);
  return hostViewTypes.findIndex((Ctor, i) => i !== kBufferType && Ctor.name === name);
}

/** Node's serializer: Buffers and other views are written by value, without the rest of their ArrayBuffer. */
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    const type = types.isArrayBufferView(view) ? hostViewType(view) : -1;
    if (type === -1) {
      const { inspect } = require('internal/util/inspect');
      throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
    }
    this.writeUint32(type);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

/** Reads what DefaultSerializer writes; a view shares the input's memory when its offset is aligned. */
class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const Ctor = hostViewTypes[this.readUint32()];
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const elementSize = Ctor?.BYTES_PER_ELEMENT ?? 1;
    const length = Ctor === DataView ? byteLength : Math.floor(byteLength / elementSize);
    const start = this.buffer.byteOffset + offset;
    // A misaligned view would throw: it gets its own copy of the bytes, which starts aligned.
    const shared = start % elementSize === 0;
    return new Ctor(shared ? this.buffer.buffer : this.buffer.buffer.slice(start, start + byteLength),
      shared ? start : 0, length);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

function getHeapStatistics() {
  const [total, executable, physical, available, used, limit, malloced, peakMalloced, external] =
    v8Binding().heapStatistics();
  return {
    total_heap_size: total,
    total_heap_size_executable: executable,
    total_physical_size: physical,
    total_available_size: available,
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: malloced,
    peak_malloced_memory: peakMalloced,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
  };
}

// V8's spaces in V8's order; the JVM has counterparts for three of them (see V8Binding), the rest are empty.
const heapSpaces = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'trusted_space',
  'shared_trusted_space', 'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space', 'shared_trusted_large_object_space', 'trusted_large_object_space',
];
const jvmSpaces = ['new_space', 'old_space', 'code_space'];
const kHeapFigures = 9;
const kSpaceFigures = jvmSpaces.length * 4;

// [name, size, used, available, physical] per V8 space, from the binding's figures starting at `at`.
function spaceFigures(figures, at) {
  return heapSpaces.map((name) => {
    const index = jvmSpaces.indexOf(name);
    const figure = (i) => (index < 0 ? 0 : figures[at + index * 4 + i]);
    return [name, figure(0), figure(1), figure(2), figure(3)];
  });
}

function getHeapSpaceStatistics() {
  return spaceFigures(v8Binding().heapSpaceStatistics(), 0).map(([name, size, used, available, physical]) => ({
    space_name: name,
    space_size: size,
    space_used_size: used,
    space_available_size: available,
    physical_space_size: physical,
  }));
}

// A GCProfiler record's view of the heap, keyed as Node keys it there.
function gcHeapFigures(figures, at) {
  const [total, executable, physical, available, used, limit, malloced, peakMalloced, external] =
    figures.slice(at, at + kHeapFigures);
  return {
    heapStatistics: {
      totalHeapSize: total,
      totalHeapSizeExecutable: executable,
      totalPhysicalSize: physical,
      totalAvailableSize: available,
      totalGlobalHandlesSize: 0,
      usedGlobalHandlesSize: 0,
      usedHeapSize: used,
      heapSizeLimit: limit,
      mallocedMemory: malloced,
      externalMemory: external,
      peakMallocedMemory: peakMalloced,
    },
    heapSpaceStatistics: spaceFigures(figures, at + kHeapFigures).map(([name, size, used, available, physical]) => ({
      spaceName: name,
      spaceSize: size,
      spaceUsedSize: used,
      spaceAvailableSize: available,
      physicalSpaceSize: physical,
    })),
  };
}

const gcTypes = ['Scavenge', 'MarkSweepCompact'];
const kGcRecord = 2 + 2 * (kHeapFigures + kSpaceFigures);

// A profiler dropped without stop() must not keep the JVM's listener (and its records) for ever.
const abandonedProfiles = new FinalizationRegistry((session) => session.stop());

/** The JVM's collections between start() and stop(): a minor one is V8's Scavenge, a full one MarkSweepCompact. */
class GCProfiler {
  #session = null;
  #startTime = 0;

  start() {
    if (this.#session !== null) return;
    this.#startTime = Date.now();
    this.#session = v8Binding().startGcProfile();
    abandonedProfiles.register(this, this.#session, this);
  }

  stop() {
    if (this.#session === null) return undefined;
    abandonedProfiles.unregister(this);
    const figures = this.#session.stop();
    this.#session = null;
    const statistics = [];
    for (let at = 0; at < figures.length; at += kGcRecord) {
      statistics.push({
        gcType: gcTypes[figures[at]],
        beforeGC: gcHeapFigures(figures, at + 2),
        cost: figures[at + 1],
        afterGC: gcHeapFigures(figures, at + 2 + kHeapFigures + kSpaceFigures),
      });
    }
    return { version: 1, startTime: this.#startTime, statistics, endTime: Date.now() };
  }
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: v8Binding().codeSize(),
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// jnode keeps no C++ heap for JavaScript objects (V8's cppgc), so every figure is zero.
const cppHeapSpaces = ['NormalPageSpace0', 'NormalPageSpace1', 'NormalPageSpace2', 'NormalPageSpace3',
  'LargePageSpace'];
const freeListBuckets = 17;

function getCppHeapStatistics(type = 'detailed') {
  validateOneOf(type, 'type', ['brief', 'detailed']);
  const zeros = () => ({ committed_size_bytes: 0, resident_size_bytes: 0, used_size_bytes: 0 });
  const spaces = type === 'brief' ? [] : cppHeapSpaces.map((name) => ({
    __proto__: null,
    name,
    ...zeros(),
    page_stats: [],
    free_list_stats: {
      __proto__: null,
      bucket_size: Array.from({ length: freeListBuckets }, (_, i) => 2 ** i),
      free_count: new Array(freeListBuckets).fill(0),
      free_size: new Array(freeListBuckets).fill(0),
    },
  }));
  return { __proto__: null, ...zeros(), space_statistics: spaces, type_names: [], detail_level: type };
}

function cachedDataVersionTag() {
  return v8Binding().cachedDataVersionTag();
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  return isOneByte(content);
}

// GraalJS, not V8, runs the code, and its options are fixed when the engine starts: a V8 flag cannot take
// effect. Saying so once per flag (rather than throwing) lets programs that set optional tuning flags run on.
const ignoredFlags = new Set();
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  for (const flag of flags.split(/\s+/)) {
    if (flag === '' || ignoredFlags.has(flag)) continue;
    ignoredFlags.add(flag);
    process.emitWarning(`V8 flag ${flag} has no effect: jnode runs JavaScript on GraalJS, not V8.`,
      'Warning', 'JNODE_V8_FLAG');
  }
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
  throw new ERR_JNODE_UNSUPPORTED('v8.setHeapSnapshotNearHeapLimit');
}

function notBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

// jnode cannot build a startup snapshot, so it is never building one.
const startupSnapshot = {
  addSerializeCallback: notBuildingSnapshot,
  addDeserializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
  isBuildingSnapshot: () => false,
};

// Coverage is collected only under NODE_V8_COVERAGE; without it Node's calls do nothing, as here.
const coverageRequested = process.env.NODE_V8_COVERAGE !== undefined;
function takeCoverage() {
  if (coverageRequested) throw new ERR_JNODE_UNSUPPORTED('v8.takeCoverage');
}
function stopCoverage() {
  if (coverageRequested) throw new ERR_JNODE_UNSUPPORTED('v8.stopCoverage');
}

const unsupported = unsupportedFunctions('v8',
  ['getHeapSnapshot', 'writeHeapSnapshot', 'queryObjects', 'startCpuProfile']);

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: unsupported.getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot: unsupported.writeHeapSnapshot,
  promiseHooks: require('internal/v8/promise_hooks'),
  queryObjects: unsupported.queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
  isStringOneByteRepresentation,
  startCpuProfile: unsupported.startCpuProfile,
};
