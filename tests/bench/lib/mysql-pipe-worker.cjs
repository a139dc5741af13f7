// The worker side of mysql-pipe.ts: runs SQL text on one MySQL/MariaDB connection, in the
// order received. The server gets each next statement as soon as the previous one completes,
// whatever the generator's thread is busy with.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const mysql = require('mysql2');

const conn = mysql.createConnection(workerData.connection);
conn.on('error', (error) => parentPort.postMessage({ fatal: error.message }));

parentPort.on('message', ({ id, sql }) => {
  if (sql === null) {
    conn.end(() => parentPort.close());
    return;
  }
  conn.query(sql, (error, result) => {
    if (error) parentPort.postMessage({ id, error: error.message, code: error.code });
    else parentPort.postMessage({ id, rows: Array.isArray(result) ? result : null });
  });
});
