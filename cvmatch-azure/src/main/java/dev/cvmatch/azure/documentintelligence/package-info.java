/**
 * Azure AI Document Intelligence as a cvmatch text extractor and OCR engine
 * ({@code AzureDocumentIntelligenceTextExtractor}, {@code AzureDocumentIntelligenceOcrEngine}).
 */
package dev.cvmatch.azure.documentintelligence;
