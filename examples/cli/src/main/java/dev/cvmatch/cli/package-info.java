/**
 * The {@code cvmatch} command line ({@code CvMatchCli}): parse, match, rank and eval. An application, not a library:
 * its classes are not API.
 */
package dev.cvmatch.cli;
