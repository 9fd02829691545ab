// MIMEParams: case-insensitive names, validation, iteration shapes; MIMEType shape.
const { MIMEType, MIMEParams } = require('util');
const p = new MIMEParams(); p.set('Q', 'x'); console.log(p.get('Q'), p.get('q'), p.has('q'), p.has('Q'), String(p));
p.set('q', 'y'); console.log(String(p)); p.delete('Q'); console.log(String(p), p.get('zz'));
const m = new MIMEType('a/b;X=1'); console.log(m.params.get('x'), m.params.get('X'), m.params.has('X'));
try { p.set('', 'x'); } catch (e) { console.log(e.message); }
try { p.set('a', 'x\u0100'); } catch (e) { console.log(e.message); }
p.set(1, 2); console.log(String(p), typeof p.get('1'));
try { m.type = ''; } catch (e) { console.log(e.message); }
m.type = 'X'; console.log(m.type, m.essence);
console.log(m.params === m.params, typeof MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype[Symbol.iterator] === MIMEParams.prototype.entries);
const it = m.params.entries(); console.log(Object.prototype.toString.call(it), it.next());
console.log(MIMEType.name, MIMEType.length, MIMEParams.length, Object.prototype.toString.call(m));
console.log(String(new MIMEType('a/b;x="" ;y=""')), String(new MIMEType('A/B  ;  c=d')), String(new MIMEType('\t a/b\n')));
try { new MIMEType('a/b\u0100'); } catch (e) { console.log(e.message); }
