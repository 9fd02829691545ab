const m = process.memoryUsage();
console.log(Object.keys(m).join(','));
console.log(Object.values(m).every((v) => typeof v === 'number'));
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
const c = process.cpuUsage();
console.log(Object.keys(c).join(','), c.user >= 0, c.system >= 0);
console.log(Object.keys(process.resourceUsage()).length);
