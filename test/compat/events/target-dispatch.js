// Listener order, once, capture, duplicates, handleEvent objects, this, removal during dispatch.
const t = new EventTarget();
const log = [];
function a(ev) { log.push(`a:${ev.type}:${this === t}`); }
t.addEventListener('x', a);
t.addEventListener('x', a);
t.addEventListener('x', a, true);
t.addEventListener('x', a, { capture: true });
const obj = { handleEvent(ev) { log.push(`obj:${this === obj}:${ev.currentTarget === t}`); } };
t.addEventListener('x', obj);
t.addEventListener('x', () => log.push('once'), { once: true });
console.log(t.dispatchEvent(new Event('x')), log.splice(0));
t.dispatchEvent(new Event('x'));
console.log(log.splice(0));
t.removeEventListener('x', a);
t.dispatchEvent(new Event('x'));
console.log(log.splice(0));
t.removeEventListener('x', a, true);
t.removeEventListener('x', obj);
t.dispatchEvent(new Event('x'));
console.log(log.splice(0));

// handleEvent is looked up at dispatch time.
const late = { handleEvent() { log.push('first'); } };
t.addEventListener('late', late);
late.handleEvent = () => log.push('replaced');
t.dispatchEvent(new Event('late'));
console.log(log.splice(0));
t.addEventListener('nohandle', {});
console.log(t.dispatchEvent(new Event('nohandle')));

// A listener removed by an earlier one does not run; one added during dispatch waits for the next.
const u = new EventTarget();
const second = () => log.push('second');
u.addEventListener('y', () => {
  log.push('first');
  u.removeEventListener('y', second);
  u.addEventListener('y', () => log.push('added'));
});
u.addEventListener('y', second);
u.dispatchEvent(new Event('y'));
console.log(log.splice(0));
u.dispatchEvent(new Event('y'));
console.log(log.splice(0));

// stopImmediatePropagation, preventDefault, passive, cancelable.
const v = new EventTarget();
v.addEventListener('z', (ev) => { log.push('1'); ev.stopImmediatePropagation(); });
v.addEventListener('z', () => log.push('2'));
const z = new Event('z');
console.log(v.dispatchEvent(z), log.splice(0), z.cancelBubble);
const w = new EventTarget();
w.addEventListener('p', (ev) => { ev.preventDefault(); log.push(`passive:${ev.defaultPrevented}`); }, { passive: true });
w.addEventListener('p', (ev) => { log.push(`before:${ev.defaultPrevented}`); ev.preventDefault(); });
const p = new Event('p', { cancelable: true });
console.log(w.dispatchEvent(p), p.defaultPrevented, log.splice(0));
console.log(w.dispatchEvent(new Event('p')));

// The event during and after dispatch; re-dispatching is allowed afterwards, not during.
const r = new EventTarget();
r.addEventListener('r', (ev) => {
  console.log('during', ev.target === r, ev.currentTarget === r, ev.eventPhase, ev.composedPath().length);
  try {
    r.dispatchEvent(ev);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
const re = new Event('r');
r.dispatchEvent(re);
console.log('after', re.target === r, re.currentTarget, re.eventPhase, re.composedPath());
r.dispatchEvent(re);

// Types are strings.
const s = new EventTarget();
s.addEventListener(1, () => log.push('one'));
s.dispatchEvent(new Event('1'));
s.addEventListener(undefined, () => log.push('undef'));
s.dispatchEvent(new Event('undefined'));
console.log(log.splice(0), s.dispatchEvent(new Event('none')));
