/**
 * Internal to cvmatch-core: the rule-based CV and job description parsers. Not API: may change in any release, not in the published
 * Javadoc; use the types of the other {@code dev.cvmatch} packages.
 */
package dev.cvmatch.internal.parse;
