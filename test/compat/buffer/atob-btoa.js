'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('btoa', () => btoa('hello'));
t('btoa latin1', () => btoa('\u00e9\u00ff'));
t('btoa number', () => btoa(123));
t('btoa empty', () => btoa(''));
t('atob', () => atob('aGVsbG8='));
t('atob no padding', () => atob('aGVsbG8'));
t('atob whitespace', () => atob(' aGVs\nbG8= '));
t('atob high bytes', () => atob('6f8=').split('').map((c) => c.charCodeAt(0)));
t('atob empty', () => atob(''));
t('atob null', () => atob(null));
