/**
 * Internal to cvmatch-azure: the mapping of Document Intelligence results to cvmatch documents. Not API: may
 * change in any release, not in the published Javadoc.
 */
package dev.cvmatch.azure.documentintelligence.implementation;
