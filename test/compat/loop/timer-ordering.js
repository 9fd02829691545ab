// Timers fire by expiry, then by creation order.
const order = [];
setTimeout(() => order.push(30), 30);
setTimeout(() => order.push(10), 10);
setTimeout(() => order.push(20), 20);
setTimeout(() => order.push('10b'), 10);
setTimeout(() => console.log(order.join(',')), 60);
