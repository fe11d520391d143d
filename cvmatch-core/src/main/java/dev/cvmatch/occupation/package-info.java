/**
 * Occupations: {@link dev.cvmatch.occupation.OccupationNormalizer} maps a job title, English or French, to an
 * occupation of the bundled ESCO taxonomy ({@link dev.cvmatch.occupation.NormalizedOccupation}), with its ISCO-08
 * unit group for partial credit between related occupations.
 */
package dev.cvmatch.occupation;
