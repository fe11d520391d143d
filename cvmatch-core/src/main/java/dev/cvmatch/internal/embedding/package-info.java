/**
 * Internal to cvmatch-core: loading of the optional MiniLM sentence-embedding model. Not API: may change in any
 * release, not in the published Javadoc; use {@link dev.cvmatch.embedding.MiniLmTextEmbedder}.
 */
package dev.cvmatch.internal.embedding;
