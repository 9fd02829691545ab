'use strict';
const b = Buffer.alloc(8);
console.log(b.writeFloatLE(1.5), b, b.readFloatLE());
console.log(b.writeFloatBE(-0.1, 4), b, b.readFloatBE(4));
console.log(b.writeDoubleLE(Math.PI), b, b.readDoubleLE());
console.log(b.writeDoubleBE(-1e300), b, b.readDoubleBE());
console.log(b.writeFloatLE(NaN), b.readFloatLE(), b.writeFloatLE(Infinity), b.readFloatLE());
console.log(b.writeDoubleLE(-0), Object.is(b.readDoubleLE(), -0));
console.log(b.writeFloatLE(1e40), b.readFloatLE(), b.writeFloatBE('2.5'), b.readFloatBE());
