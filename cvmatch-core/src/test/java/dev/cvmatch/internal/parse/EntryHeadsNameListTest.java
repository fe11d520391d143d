package dev.cvmatch.internal.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A list of capitalised names closed by a full stop is an entry head, a sentence is not. */
class EntryHeadsNameListTest {

    @Test
    void capitalisedNamesPartedByCommasAreAList() {
        assertTrue(EntryHeads.nameList("Staff Engineer, Payments Platform, Northwind Traders, Lisbon."));
        assertTrue(EntryHeads.nameList("Systems Designer & Lead Mobile Developer, Harbor Labs."));
        assertTrue(EntryHeads.nameList("MSc., University of Porto."));
    }

    @Test
    void sentencesAreNotLists() {
        assertFalse(EntryHeads.nameList("Led the team, reduced costs by half."));
        assertFalse(EntryHeads.nameList("Designed the mobile apps of the lab."));
        assertFalse(EntryHeads.nameList("Managed Budgets, Hired Staff And Trained Them, Then Moved On To A Larger "
                + "Role Within The Group."));
    }
}
