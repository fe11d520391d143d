/**
 * cvmatch's exceptions: {@link dev.cvmatch.CvMatchException}, the unchecked root of every problem with a document, and
 * its subclasses, each with a message a recruiter can act on ({@link dev.cvmatch.UnsupportedFormatException},
 * {@link dev.cvmatch.EncryptedDocumentException}, {@link dev.cvmatch.CorruptDocumentException},
 * {@link dev.cvmatch.EmptyDocumentException}, {@link dev.cvmatch.OcrRequiredException},
 * {@link dev.cvmatch.LimitExceededException}, {@link dev.cvmatch.DocumentNotFoundException}).
 *
 * <p>The API lives in {@code dev.cvmatch.cv} (parsing CVs), {@code dev.cvmatch.job} (job descriptions),
 * {@code dev.cvmatch.match} (scoring and ranking), {@code dev.cvmatch.skill} (the skill taxonomy),
 * {@code dev.cvmatch.document} (text extraction and OCR), {@code dev.cvmatch.embedding} (text similarity) and
 * {@code dev.cvmatch.json} (JSON). Packages under {@code dev.cvmatch.internal} are not API: they may change in any
 * release, are not in the published Javadoc, and no public signature of the API mentions them.
 */
package dev.cvmatch;
