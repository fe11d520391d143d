/**
 * Azure Storage for stored analyses: {@link dev.cvmatch.azure.storage.AzureBlobDocumentStore} keeps the original
 * documents in a private Blob container, {@link dev.cvmatch.azure.storage.AzureQueueAnalysisQueue} is the analysis
 * queue on Queue Storage (base64 JSON messages, as the Azure Functions queue trigger reads them).
 */
package dev.cvmatch.azure.storage;
