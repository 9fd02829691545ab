// The Serializer/Deserializer classes: their shape, the raw write/read methods, subclasses with their own
// host objects, _getDataCloneError, _getSharedArrayBufferId and transferArrayBuffer.
'use strict';
const v8 = require('v8');

console.log(Object.keys(v8.Serializer.prototype), Object.keys(v8.Deserializer.prototype));
console.log(Object.getOwnPropertyNames(v8.DefaultSerializer.prototype), Object.getOwnPropertyNames(v8.DefaultDeserializer.prototype));
console.log(v8.Serializer.prototype._getDataCloneError === Error, v8.Serializer.length, v8.Deserializer.length,
  Object.getOwnPropertyDescriptor(v8.Serializer, 'prototype').writable);
for (const Ctor of [v8.Serializer, v8.Deserializer]) {
  try {
    Ctor();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const raw = new v8.Serializer();
console.log('writeHeader', raw.writeHeader(), 'writeValue', raw.writeValue(1));
raw.writeUint32(300);
raw.writeUint32(-1);
raw.writeUint32(2 ** 32 + 5);
raw.writeUint32('7');
raw.writeUint32();
raw.writeUint64(1, 2);
raw.writeUint64(0xffffffff, 0xffffffff);
raw.writeDouble(1.5);
raw.writeDouble('x');
raw.writeRawBytes(new Uint16Array([0x102]));
raw.writeRawBytes(new DataView(new Uint8Array([7, 8]).buffer));
const written = raw.releaseBuffer();
console.log('raw', written.toString('hex'), 'released again', raw.releaseBuffer());

const reader = new v8.Deserializer(written);
console.log('buffer property', reader.buffer === written, Object.keys(reader));
console.log(reader.readHeader(), reader.getWireFormatVersion(), reader.readValue());
console.log([reader.readUint32(), reader.readUint32(), reader.readUint32(), reader.readUint32(), reader.readUint32()]);
console.log(reader.readUint64(), reader.readUint64(), reader.readDouble(), reader.readDouble());
const rawBytes = reader.readRawBytes(2);
console.log(rawBytes, rawBytes.constructor.name, rawBytes.buffer === written.buffer, reader._readRawBytes(2));
for (const [name, read] of [['readUint32', (d) => d.readUint32()], ['readUint64', (d) => d.readUint64()],
  ['readDouble', (d) => d.readDouble()], ['_readRawBytes', (d) => d._readRawBytes(1)], ['readValue', (d) => d.readValue()]]) {
  try {
    read(reader);
  } catch (err) {
    console.log('at the end', name, err.name, err.message);
  }
}

// A subclass with a host object kind of its own.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class PointSerializer extends v8.Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }
  _writeHostObject(object) {
    if (object instanceof Uint8Array) {
      this.writeUint32(0);
      this.writeUint32(object.length);
      this.writeRawBytes(object);
      return;
    }
    throw new Error('not a host object');
  }
}
class PointDeserializer extends v8.Deserializer {
  _readHostObject() {
    const kind = this.readUint32();
    const length = this.readUint32();
    return { kind, bytes: [...this.readRawBytes(length)] };
  }
}
const serializer = new PointSerializer();
serializer.writeHeader();
serializer.writeValue({ p: new Point(1, 2), bytes: new Uint8Array([5, 6]) });
const pointBytes = serializer.releaseBuffer();
console.log('subclass', pointBytes.toString('hex'));
const deserializer = new PointDeserializer(pointBytes);
deserializer.readHeader();
console.log(deserializer.readValue());

// _writeHostObject's errors and _getDataCloneError's result reach the caller.
const failing = new v8.DefaultSerializer();
failing._writeHostObject = () => { throw new RangeError('from the host writer'); };
try {
  failing.writeValue(new Uint8Array(1));
} catch (err) {
  console.log(err.name, err.message);
}
const custom = new v8.Serializer();
custom._getDataCloneError = function(message) {
  return new TypeError(`custom: ${message} ${this === custom}`);
};
try {
  custom.writeValue({ f() {} });
} catch (err) {
  console.log(err.name, err.message);
}
const notAnError = new v8.Serializer();
notAnError._getDataCloneError = () => 'a string';
try {
  notAnError.writeValue(Symbol('q'));
} catch (err) {
  console.log('thrown', typeof err, err);
}
try {
  new v8.DefaultSerializer()._writeHostObject({ a: 1 });
} catch (err) {
  console.log(err.name, err.message);
}

// Views on a base Serializer told to treat them as host objects, without a host writer.
const noWriter = new v8.Serializer();
noWriter._setTreatArrayBufferViewsAsHostObjects(true);
try {
  noWriter.writeValue(new Uint8Array(1));
} catch (err) {
  console.log(err.name, err.message);
}

// Shared buffers need an id from _getSharedArrayBufferId.
const sharing = new v8.Serializer();
sharing._getSharedArrayBufferId = (buffer) => buffer.byteLength + 5;
sharing.writeValue(new SharedArrayBuffer(2));
console.log('shared id', sharing.releaseBuffer().toString('hex'));
try {
  v8.serialize(new SharedArrayBuffer(2));
} catch (err) {
  console.log(err.name, err.message);
}

// Transferred buffers on the reading side.
const transferIn = new v8.Deserializer(Buffer.from('ff0f410274035e015642000200240002', 'hex'));
const target = new ArrayBuffer(2);
transferIn.transferArrayBuffer(3, target);
transferIn.readHeader();
const [buffer, view] = transferIn.readValue();
console.log('transferred in', buffer === target, view.buffer === target, view);
const missing = new v8.Deserializer(Buffer.from('ff0f7403', 'hex'));
missing.readHeader();
try {
  missing.readValue();
} catch (err) {
  console.log('missing transfer', err.message);
}
for (const [name, call] of [
  ['Serializer.transferArrayBuffer', () => new v8.Serializer().transferArrayBuffer(1, new SharedArrayBuffer(1))],
  ['Deserializer.transferArrayBuffer', () => new v8.Deserializer(Buffer.alloc(1)).transferArrayBuffer(1, {})],
  ['writeRawBytes', () => new v8.Serializer().writeRawBytes('x')],
  ['new Deserializer', () => new v8.Deserializer(new ArrayBuffer(2))],
  ['deserialize', () => v8.deserialize('ff0f')],
]) {
  try {
    call();
    console.log(name, 'accepted');
  } catch (err) {
    console.log(name, err.name, err.code, err.message, String(err));
  }
}
