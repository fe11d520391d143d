package dev.cvmatch.store;

import java.util.List;
import java.util.Optional;

/**
 * One page of an owner's analyses, newest first.
 *
 * @param items the analyses of this page
 * @param nextToken the token of the next page, or {@code null} when this is the last one
 */
public record AnalysisPage(List<Analysis> items, String nextToken) {

    /**
     * Copies the list.
     *
     * @param items the record component {@code items} (see the class description)
     * @param nextToken the record component {@code nextToken} (see the class description)
     */
    public AnalysisPage {
        items = List.copyOf(items);
    }

    /**
     * The request for the next page, of the same size.
     *
     * @param size the page size
     * @return the request, or empty after the last page
     */
    public Optional<PageRequest> next(int size) {
        return nextToken == null ? Optional.empty() : Optional.of(new PageRequest(size, nextToken));
    }
}
