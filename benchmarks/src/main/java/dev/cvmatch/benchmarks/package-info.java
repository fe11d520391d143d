/**
 * JMH benchmarks of cvmatch (see {@code benchmarks/README.md}). Not API.
 */
package dev.cvmatch.benchmarks;
