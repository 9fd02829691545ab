'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
function d(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, e instanceof DOMException);
  }
}
d('btoa wide', () => btoa('\u20ac'));
d('atob length 1 mod 4', () => atob('a'));
d('atob bad char', () => atob('a*bc'));
d('atob url alphabet', () => atob('a-_b'));
d('atob inner padding', () => atob('aG=k'));
d('atob too much padding', () => atob('aGk==='));
d('atob padding wrong length', () => atob('aGk'));
d('atob undefined', () => atob(undefined));
t('atob missing', () => atob());
t('btoa missing', () => btoa());
