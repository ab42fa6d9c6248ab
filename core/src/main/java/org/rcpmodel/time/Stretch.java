package org.rcpmodel.time;

/**
 * The day ranges the start and the end of a span may take, with its known end dates beside them: a
 * span's own ({@link #of}), or one the time types make of several spans, the chain of records that
 * follow one another ({@link #through}) or the hull of a disputed fact's versions ({@link #hull}).
 * The four bounds are those of {@link Span}.
 *
 * <p>Immutable.
 */
final class Stretch {

    final long startLow;
    final long startHigh;
    final long endLow;
    final long endHigh;
    /** The known start, for the refinement principle; null when not known. */
    final PartialDate startDate;
    /** The known end; null when not known. */
    final PartialDate endDate;
    final Period.BoundKind startKind;
    final Period.BoundKind endKind;

    private Stretch(long startLow, long startHigh, long endLow, long endHigh, PartialDate startDate,
            PartialDate endDate, Period.BoundKind startKind, Period.BoundKind endKind) {
        this.startLow = startLow;
        this.startHigh = startHigh;
        this.endLow = endLow;
        this.endHigh = endHigh;
        this.startDate = startDate;
        this.endDate = endDate;
        this.startKind = startKind;
        this.endKind = endKind;
    }

    static Stretch of(Span span) {
        Period period = span.getPeriod();
        return new Stretch(span.earliestStartDay(), span.latestStartDay(), span.earliestEndDay(),
                span.latestEndDay(), period.getStart().orElse(null), period.getEnd().orElse(null),
                period.getStartKind(), period.getEndKind());
    }

    /** Whether some refinement exists: the start and the end ranges are not empty. */
    boolean isLive() {
        return startLow <= startHigh && endLow <= endHigh;
    }

    /** A stretch from this one's start to the later one's end (a chain of records). */
    Stretch through(Stretch later) {
        return new Stretch(startLow, startHigh, later.endLow, later.endHigh, startDate, later.endDate, startKind,
                later.endKind);
    }

    /**
     * The bounds every version of one disputed fact lies within: the earliest of the earliest and the
     * latest of the latest days, so that what is sure of the hull is sure in every version. The known
     * dates and kinds are this one's.
     */
    Stretch hull(Stretch version) {
        return new Stretch(Math.min(startLow, version.startLow), Math.max(startHigh, version.startHigh),
                Math.min(endLow, version.endLow), Math.max(endHigh, version.endHigh), startDate, endDate, startKind,
                endKind);
    }

    /** "a is not after b" for two day ranges. */
    static Answer notAfter(long aLow, long aHigh, long bLow, long bHigh) {
        if (aHigh <= bLow) {
            return Answer.YES;
        }
        return aLow > bHigh ? Answer.NO : Answer.MAYBE;
    }

    /** {@link Span#isWithin}, for stretches. */
    Answer within(Stretch outer) {
        Answer start = startDate != null && outer.startDate != null && startDate.liesInUnitOf(outer.startDate)
                ? Answer.YES
                : notAfter(outer.startLow, outer.startHigh, startLow, startHigh);
        Answer end = endDate != null && outer.endDate != null && endDate.liesInUnitOf(outer.endDate)
                ? Answer.YES
                : notAfter(endLow, endHigh, outer.endLow, outer.endHigh);
        return start.and(end);
    }
}
