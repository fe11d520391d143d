/**
 * cvmatch's analysis worker as an Azure Functions app: {@link dev.cvmatch.functions.AnalyseCvFunction}, a queue
 * trigger on {@code cv-analysis-queue}, reads the CV from Blob Storage and writes the analysis to Cosmos DB, with a
 * managed identity. Configuration: {@code FunctionSettings}'s table of application settings; deployment:
 * {@code docs/azure.md}.
 */
package dev.cvmatch.functions;
