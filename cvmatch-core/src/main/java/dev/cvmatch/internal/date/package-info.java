/**
 * Internal to cvmatch-core: parsing of date ranges ("janv. 2020 - aujourd'hui"). Not API: may change in any release, not in the published
 * Javadoc; use the types of the other {@code dev.cvmatch} packages.
 */
package dev.cvmatch.internal.date;
