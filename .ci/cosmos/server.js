#!/usr/bin/env node
// Cosmos DB gateway emulator for cvmatch-azure's CosmosAnalysisStore integration test: @vercel/cosmosdb-server
// (pinned in package-lock.json) with two gaps filled, as ../shared/DEPENDENCIES.md describes:
//  - the Java SDK asks for a query plan before every SQL query; the server has none, so this answers with a
//    trivial single-range plan (no ORDER BY/TOP/aggregate rewriting: the server runs the query as written, which is
//    right for the single-partition queries the store sends);
//  - reading a missing document makes the server fail with 500; this answers 404 NotFound, as Cosmos DB does.
// Usage: node server.js PORT   (HTTPS with the package's own certificate; the JVM client disables validation)
"use strict";
const { createHttpsServer } = require("@vercel/cosmosdb-server");

const port = parseInt(process.argv[2] || "0", 10);
const server = createHttpsServer({});
const [handler] = server.listeners("request");
server.removeAllListeners("request");

const QUERY_PLAN = JSON.stringify({
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: "None", top: null, offset: null, limit: null, orderBy: [], orderByExpressions: [],
    groupByExpressions: [], groupByAliases: [], aggregates: [], groupByAliasToAggregateType: {},
    rewrittenQuery: "", hasSelectValue: false, dCountInfo: null, hasNonStreamingOrderBy: false
  },
  queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }]
});

server.on("request", (req, res) => {
  if (String(req.headers["x-ms-cosmos-is-query-plan-request"]).toLowerCase() === "true") {
    req.resume();
    req.on("end", () => {
      res.statusCode = 200;
      res.setHeader("content-type", "application/json");
      res.setHeader("x-ms-request-charge", "1");
      res.setHeader("x-ms-activity-id", "00000000-0000-0000-0000-000000000000");
      res.end(QUERY_PLAN);
    });
    return;
  }
  if (req.method === "GET" && /\/docs\/[^/]+$/.test(req.url)) {
    const end = res.end.bind(res);
    res.end = (body, ...rest) => {
      if (res.statusCode === 500) {
        res.statusCode = 404;
        body = JSON.stringify({ code: "NotFound", message: "Entity with the specified id does not exist in the system." });
      }
      return end(body, ...rest);
    };
  }
  handler(req, res);
});

// the library logs the TypeError of a missing document before we map it to 404: keep the output quiet
console.error = () => {};
server.listen(port, "127.0.0.1", () => {
  process.stdout.write("listening " + server.address().port + "\n");
});
