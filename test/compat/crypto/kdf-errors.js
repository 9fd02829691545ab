// KDF argument errors: Node's classes, codes and messages for pbkdf2, scrypt and hkdf.
const c = require('crypto');
function t(f){ try { const r=f(); console.log('ok', r); } catch(e){ console.log(e.name, e.code, JSON.stringify(e.message)); } }
t(()=>c.pbkdf2Sync('p','s',1,32,'sha256').toString('hex'));
t(()=>c.pbkdf2Sync('p','s',0,32,'sha256'));
t(()=>c.pbkdf2Sync('p','s',1,-1,'sha256'));
t(()=>c.pbkdf2Sync('p','s',1,32,'nope'));
t(()=>c.pbkdf2Sync('p','s',1,32));
t(()=>c.pbkdf2Sync(5,'s',1,32,'sha1'));
t(()=>c.pbkdf2Sync('p',5,1,32,'sha1'));
t(()=>c.pbkdf2Sync('p','s','1',32,'sha1'));
t(()=>c.pbkdf2Sync('p','s',1,32,5));
t(()=>c.pbkdf2('p','s',1,32,'sha1'));
t(()=>c.pbkdf2('p','s',1,32,'nope', ()=>{}));
t(()=>c.scryptSync('p','s',16).toString('hex'));
t(()=>c.scryptSync('p','s',16,{N:3}));
t(()=>c.scryptSync('p','s',16,{N:16, cost: 16}));
t(()=>c.scryptSync('p','s',16,{N:2**20}));
t(()=>c.scryptSync('p','s',16,{N:16, r: 0}));
t(()=>c.scryptSync('p','s',16,{N:16, p: 2**31}));
t(()=>c.scryptSync('p','s',-1));
t(()=>c.scryptSync('p','s',16, {maxmem: -1}));
t(()=>c.scryptSync('p','s',16, {N: 1}));
t(()=>c.scryptSync('p','s',16, {N: 0}));
t(()=>c.scryptSync('p','s',0));
t(()=>c.scrypt('p','s',16));
t(()=>Buffer.from(c.hkdfSync('sha256','k','s','i',16)).toString('hex'));
t(()=>c.hkdfSync('sha256','k','s','i',16*255+1));
t(()=>c.hkdfSync('nope','k','s','i',16));
t(()=>c.hkdfSync('sha256',5,'s','i',16));
t(()=>c.hkdfSync('sha256','k','s','i'.repeat(1025),16));
t(()=>c.hkdfSync('sha256','k',5,'i',16));
t(()=>c.hkdfSync('sha256','k','s','i',0));
t(()=>c.hkdf('sha256','k','s','i',16));
t(()=>c.pbkdf2Sync('p','s',1,0,'sha1'));
c.pbkdf2('p','s',1,0,'sha1',(e,k)=>{
  console.log('pbkdf2 async empty', e.message, k);
  c.hkdf('sha256','k','s','i',0,(e,k)=>{
    console.log('hkdf async empty', e.message, k);
    c.scrypt('p','s',0,(e,k)=>console.log('scrypt async empty', e, k));
  });
});
