/**
 * Internal to cvmatch-core: PDF glyph reading and layout analysis. Not API: may change in any release, not in the published
 * Javadoc; use the types of the other {@code dev.cvmatch} packages.
 */
package dev.cvmatch.internal.pdf;
