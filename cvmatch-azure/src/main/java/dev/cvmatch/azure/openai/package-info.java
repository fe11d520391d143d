/**
 * Azure OpenAI embeddings as a cvmatch {@link dev.cvmatch.embedding.TextEmbedder}.
 */
package dev.cvmatch.azure.openai;
