const e = new Event('foo');
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted);
console.log(e.target, e.currentTarget, e.srcElement, e.eventPhase, e.returnValue, e.cancelBubble);
console.log(e.composedPath(), typeof e.timeStamp, Object.keys(e));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
const d = Object.getOwnPropertyDescriptor(Event, 'AT_TARGET');
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Event.prototype));
console.log(Object.prototype.toString.call(e), String(e));
const c = new Event('bar', { cancelable: true, bubbles: true, composed: true });
c.preventDefault();
console.log(c.cancelable, c.bubbles, c.composed, c.defaultPrevented, c.returnValue);
const n = new Event('baz');
n.preventDefault();
console.log(n.defaultPrevented);
n.cancelBubble = true;
console.log(n.cancelBubble);
const s = new Event('s');
s.stopPropagation();
console.log(s.cancelBubble);
console.log(new Event(1).type, new Event(null).type, new Event(undefined).type, new Event({}).type);
console.log(new Event('x', null).type, new Event('x', undefined).type);
try {
  new Event('x', [1]);
} catch (err) {
  console.log(err.code, err.message);
}
const i = new Event('old');
i.initEvent('new', true, true);
console.log(i.type, i.bubbles, i.cancelable);
class MyEvent extends Event {}
console.log(new MyEvent('m').type, new MyEvent('m') instanceof Event);
