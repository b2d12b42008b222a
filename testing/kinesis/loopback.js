// Preloaded into kinesis-local (node -r): binds every server it opens to 127.0.0.1 instead of all
// interfaces, and stops the server when the process named by KINESIS_WATCH_PID is gone, so a
// killed test JVM leaves nothing running; it also makes SIGTERM and SIGINT stop the server.
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
    args[0] = Object.assign({}, args[0], { host: '127.0.0.1' });
  } else if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    args = [{ port: Number(args[0]), host: '127.0.0.1' }];
    if (callback) {
      args.push(callback);
    }
  }
  return listen.apply(this, args);
};
const watched = Number(process.env.KINESIS_WATCH_PID || 0);
if (watched > 0) {
  setInterval(() => {
    try {
      process.kill(watched, 0);
    } catch (e) {
      process.exit(0);
    }
  }, 1000).unref();
}
// kinesis-local keeps running on SIGTERM and SIGINT; a server asked to stop should stop.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => process.exit(0));
}
