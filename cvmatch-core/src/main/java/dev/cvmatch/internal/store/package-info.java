/** Internal: how stored analyses are encoded (JSON, embeddings as little-endian floats). Not an API. */
package dev.cvmatch.internal.store;
