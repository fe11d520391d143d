/**
 * Azure Cosmos DB for stored analyses: {@link dev.cvmatch.azure.cosmos.CosmosAnalysisStore}, one item per analysis,
 * partitioned by owner, with ETag optimistic concurrency.
 */
package dev.cvmatch.azure.cosmos;
