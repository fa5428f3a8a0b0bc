// The recording proxy both sessions run through: it forwards each request body to the reference
// and keeps the request, the HTTP status and the answer, in order. `run(target, outPath, body)`
// starts it on a free loopback port, calls `body(endpoint)`, writes the exchanges to `outPath`
// when `body` succeeds, and sets the exit code.
'use strict';
const fs = require('fs');
const http = require('http');

function run(target, outPath, body) {
  const exchanges = [];
  const proxy = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const sent = Buffer.concat(chunks).toString('utf8');
      const headers = { 'content-type': 'application/json' };
      const fwd = http.request(target, { method: 'POST', headers }, (r) => {
        const out = [];
        r.on('data', (c) => out.push(c));
        r.on('end', () => {
          const answer = Buffer.concat(out).toString('utf8');
          exchanges.push({ request: JSON.parse(sent), status: r.statusCode, response: JSON.parse(answer) });
          res.writeHead(r.statusCode, headers);
          res.end(answer);
        });
      });
      fwd.end(sent);
    });
  });
  proxy.listen(0, '127.0.0.1', async () => {
    try {
      await body(`http://127.0.0.1:${proxy.address().port}/`);
      fs.writeFileSync(outPath, JSON.stringify(exchanges, null, 2) + '\n');
      console.log(`session passed: ${exchanges.length} HTTP exchanges written to ${outPath}`);
      process.exitCode = 0;
    } catch (e) {
      console.error('session failed:', e);
      process.exitCode = 1;
    } finally {
      proxy.close();
    }
  });
}

module.exports = { run };
