/**
 * Parsing CVs: {@link dev.cvmatch.cv.CvParser} (built with {@link dev.cvmatch.cv.CvParser#builder()}) turns a
 * document into a {@link dev.cvmatch.cv.ParsedCv}, an immutable record of the contact details, work history,
 * education, languages, certifications and normalised skills, each with its {@link dev.cvmatch.cv.Provenance}.
 */
package dev.cvmatch.cv;
