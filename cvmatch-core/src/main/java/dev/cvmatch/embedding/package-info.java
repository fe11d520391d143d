/**
 * Text similarity: {@link dev.cvmatch.embedding.TextEmbedder} turns text into a vector; the lexical embedder works
 * offline without a model, the all-MiniLM-L6-v2 one when its optional dependency is present.
 */
package dev.cvmatch.embedding;
