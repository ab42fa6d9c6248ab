package org.rcpmodel.time;

/**
 * The precision of a {@link PartialDate}: the calendar unit it names. Immutable and thread-safe.
 */
public enum Precision {
    /** A whole calendar year, such as {@code 2016}. */
    YEAR,
    /** A whole calendar month, such as {@code 2016-11}. */
    MONTH,
    /** A single day, such as {@code 2016-11-30}. */
    DAY
}
