/**
 * Internal to cvmatch-core: the bundled occupation index behind
 * {@link dev.cvmatch.occupation.OccupationNormalizer#defaults()}. Not API: may change in any release, not in the
 * published Javadoc; use the types of the other {@code dev.cvmatch} packages.
 */
package dev.cvmatch.internal.occupation;
