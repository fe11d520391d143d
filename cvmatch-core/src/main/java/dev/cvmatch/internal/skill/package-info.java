/**
 * Internal to cvmatch-core: skill alias matching and taxonomy CSV reading. Not API: may change in any release, not in the published
 * Javadoc; use the types of the other {@code dev.cvmatch} packages.
 */
package dev.cvmatch.internal.skill;
