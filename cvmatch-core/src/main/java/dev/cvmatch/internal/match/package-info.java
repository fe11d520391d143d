/**
 * Internal to cvmatch-core: the default job matcher and blind-screening redaction. Not API: may change in any release, not in the published
 * Javadoc; use the types of the other {@code dev.cvmatch} packages.
 */
package dev.cvmatch.internal.match;
