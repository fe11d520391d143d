package dev.cvmatch.cv;

import java.util.Map;

/**
 * A certification or licence.
 *
 * @param name the certification as printed
 * @param issuer the issuing body, or {@code null}
 * @param date the date obtained, or {@code null}
 * @param provenance where each field was found ({@code name}, {@code issuer}, {@code date})
 *     (iterated in field-name order, so that the JSON of a result is the same from run to run)
 */
public record Certification(String name, String issuer, PartialDate date, Map<String, Provenance> provenance) {

    /**
     * Copies collections.
     *
     * @param name the certification as printed
     * @param issuer the issuing body, or {@code null}
     * @param date the date obtained, or {@code null}
     * @param provenance where each field was found ({@code name}, {@code issuer}, {@code date})
     */
    public Certification {
        provenance = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(provenance)));
    }
}
