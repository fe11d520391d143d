/**
 * Internal to cvmatch-core: bounded reading of files, streams and zip entries under the limits. Not API: may change in any release, not in the published
 * Javadoc; use the types of the other {@code dev.cvmatch} packages.
 */
package dev.cvmatch.internal.io;
