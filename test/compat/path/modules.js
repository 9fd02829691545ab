// path/posix and path/win32 are the flavours hanging off node:path, each pointing at the other.
const path = require('path');
const posix = require('path/posix');
const win32 = require('node:path/win32');
console.log(posix === path.posix, win32 === path.win32, win32.win32 === win32, win32.posix === posix);
console.log(win32.sep, win32.delimiter, posix.sep, posix.delimiter);
console.log(Object.keys(win32).sort().join());
console.log(typeof path._makeLong, path._makeLong('/a/../b'), win32._makeLong('C:\\a\\..\\b'));
try { win32.join('a', 5); } catch (e) { console.log(e.code, e.message); }
try { win32.resolve('a', null); } catch (e) { console.log(e.code, e.message); }
try { win32.basename('a', 1); } catch (e) { console.log(e.code, e.message); }
try { win32.format(null); } catch (e) { console.log(e.code, e.message); }
