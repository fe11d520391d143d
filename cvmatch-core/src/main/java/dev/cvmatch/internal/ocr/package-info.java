/**
 * Internal to cvmatch-core: the Tesseract binding and its pool. Not API: may change in any release, not in the published
 * Javadoc; use the types of the other {@code dev.cvmatch} packages.
 */
package dev.cvmatch.internal.ocr;
