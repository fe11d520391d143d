package dev.cvmatch.document;

/** Where on the page a line comes from. */
public enum Region {
    /** The main flow of the document. */
    BODY,
    /** A side column (sidebar) of a multi-column page. */
    SIDEBAR,
    /** A table cell. */
    TABLE,
    /** A page header. */
    HEADER,
    /** A page footer. */
    FOOTER,
    /** A text box, frame or shape. */
    TEXT_BOX
}
