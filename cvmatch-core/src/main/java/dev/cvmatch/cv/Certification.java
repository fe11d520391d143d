package dev.cvmatch.cv;

import java.util.Map;

/**
 * A certification or licence.
 *
 * @param name the certification as printed
 * @param issuer the issuing body, or {@code null}
 * @param date the date obtained, or {@code null}
 * @param provenance where each field was found ({@code name}, {@code issuer}, {@code date})
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
        provenance = Map.copyOf(provenance);
    }
}
