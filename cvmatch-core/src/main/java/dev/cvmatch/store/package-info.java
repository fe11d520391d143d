/**
 * Analyses that last: the original documents ({@link dev.cvmatch.store.DocumentStore}), the analyses and their
 * status ({@link dev.cvmatch.store.AnalysisStore}), the work queue ({@link dev.cvmatch.store.AnalysisQueue}), and the
 * {@link dev.cvmatch.store.AnalysisService} that submits CVs and the {@link dev.cvmatch.store.AnalysisWorker} that
 * analyses them. In-memory, file-system, JDBC and in-process implementations ship here; Azure Blob, Queue and
 * Cosmos DB ones in cvmatch-azure.
 */
package dev.cvmatch.store;
