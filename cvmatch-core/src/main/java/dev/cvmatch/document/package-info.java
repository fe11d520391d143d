/**
 * Text extraction: {@link dev.cvmatch.document.DocumentTextExtractor} turns the bytes of a PDF, DOCX, ODT, text file
 * or image into an {@link dev.cvmatch.document.ExtractedDocument} (pages of positioned lines in reading order), under
 * the {@link dev.cvmatch.document.DocumentLimits}; {@link dev.cvmatch.document.OcrEngine} plugs OCR in. This is the
 * extension point for other text sources.
 */
package dev.cvmatch.document;
