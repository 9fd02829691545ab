// Timers fire by expiry, then by creation order.
const order = [];
setTimeout(() => order.push(300), 300);
setTimeout(() => order.push(10), 10);
setTimeout(() => order.push(150), 150);
setTimeout(() => order.push('10b'), 10);
setTimeout(() => console.log(order.join(',')), 600);
