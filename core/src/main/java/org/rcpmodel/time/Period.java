package org.rcpmodel.time;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An interval of days between two partial dates, written as an EDTF / ISO 8601 interval:
 * {@code 2013-06/2016-11}, {@code 2025-04/..}, {@code ../2012}, {@code 2013/}.
 *
 * <p>Each end is {@link BoundKind#KNOWN KNOWN} (a {@link PartialDate}), {@link BoundKind#OPEN OPEN}
 * ({@code ..}: the period runs from or into indefinite time) or {@link BoundKind#UNKNOWN UNKNOWN}
 * (empty text: there is an end but nobody recorded it). An unknown start is not an open start: "as of
 * 2025 a member" says nothing about how long before.
 *
 * <p><b>Refinements.</b> A refinement replaces the period by a pair of days (s, e) with s &lt;= e: a
 * known end by one of the days of its unit, an open start by minus infinity and an open end by plus
 * infinity, an unknown start by any day up to e and an unknown end by any day from s. The period
 * covers the days s..e inclusive. Pairs with e &lt; s are not valid refinements and are ignored; a
 * period with no valid refinement is {@linkplain #isReversed() reversed}. Every relation answers
 * {@code YES} if it holds for every valid refinement, {@code NO} if for none, {@code MAYBE} otherwise;
 * two periods are refined independently, except at a hand-over (see {@link Span}), which ties the
 * end of one to the start of the other. A reversed period takes part in no relation: every relation
 * answers {@code NO}.
 *
 * <p>A known end may be uncertain or approximate ({@code 1984?/2004-06~}): it then takes part in
 * every relation over its neighbourhood, so that a YES or NO which a neighbouring value of that end
 * would change is MAYBE (see {@link PartialDate} for the neighbourhood and why). A period is
 * reversed only if no value in those neighbourhoods lets it start before it ends.
 *
 * <p>The relations are those of {@link Span} for a span without a held-on date; they are computed
 * from precomputed day bounds, without allocation and without iterating over days.
 *
 * <p>Instances are immutable and thread-safe. {@code equals} compares both bound kinds and both
 * dates. {@link #toString()} gives text that {@link #parse} reads back to an equal period. All
 * methods reject null arguments with a {@link NullPointerException} naming the parameter.
 */
public final class Period implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is known about one end of a period. */
    public enum BoundKind {
        /** The end is a known partial date. */
        KNOWN,
        /** The end is unbounded ({@code ..}): the period runs from or into indefinite time. */
        OPEN,
        /** The end exists but was not recorded (empty text). */
        UNKNOWN
    }

    private static final Period UNKNOWN = new Period(BoundKind.UNKNOWN, null, BoundKind.UNKNOWN, null);

    // Never written: a period is serialized as its text (writeReplace).
    /** How the start is known. */
    private final BoundKind startKind;
    /** The start date, when the start is a date. */
    private final PartialDate start;
    /** How the end is known. */
    private final BoundKind endKind;
    /** The end date, when the end is a date. */
    private final PartialDate end;
    /** The ends as {@link #getStart()} and {@link #getEnd()} return them, built once: rule checks ask often. */
    private final transient Optional<PartialDate> startOptional;
    private final transient Optional<PartialDate> endOptional;
    /** This period as a span without held-on date; carries the precomputed bounds. */
    private final transient Span span;

    private Period(BoundKind startKind, PartialDate start, BoundKind endKind, PartialDate end) {
        this.startKind = startKind;
        this.start = start;
        this.endKind = endKind;
        this.end = end;
        this.startOptional = Optional.ofNullable(start);
        this.endOptional = end == start ? startOptional : Optional.ofNullable(end);
        this.span = new Span(this, null);
    }

    /**
     * Obtains a period with two known ends. A reversed period, ending before it starts, is allowed
     * here so that it can be recorded and reported; see {@link #isReversed()}.
     *
     * @param start the start, not null
     * @param end the end, not null
     * @return the period, not null
     * @throws NullPointerException if either argument is null
     */
    public static Period of(PartialDate start, PartialDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return new Period(BoundKind.KNOWN, start, BoundKind.KNOWN, end);
    }

    /**
     * Obtains the period of one unit, starting and ending with the same partial date, such as a
     * meeting on {@code 2025-04-24} or a year {@code 2016}. Its two ends are refined independently
     * within the unit.
     *
     * @param singleUnit the date, not null
     * @return the period, not null
     * @throws NullPointerException if {@code singleUnit} is null
     */
    public static Period of(PartialDate singleUnit) {
        Objects.requireNonNull(singleUnit, "singleUnit");
        return new Period(BoundKind.KNOWN, singleUnit, BoundKind.KNOWN, singleUnit);
    }

    /**
     * Obtains a period with a known start and an open end, such as {@code 2025-04/..}.
     *
     * @param start the start, not null
     * @return the period, not null
     * @throws NullPointerException if {@code start} is null
     */
    public static Period startingAt(PartialDate start) {
        Objects.requireNonNull(start, "start");
        return new Period(BoundKind.KNOWN, start, BoundKind.OPEN, null);
    }

    /**
     * Obtains a period with an open start and a known end, such as {@code ../2012}.
     *
     * @param end the end, not null
     * @return the period, not null
     * @throws NullPointerException if {@code end} is null
     */
    public static Period endingAt(PartialDate end) {
        Objects.requireNonNull(end, "end");
        return new Period(BoundKind.OPEN, null, BoundKind.KNOWN, end);
    }

    /**
     * Obtains a period from its bound kinds and dates. A date must be given exactly when its kind is
     * {@code KNOWN}.
     *
     * @param startKind the kind of the start, not null
     * @param start the start date if {@code startKind} is {@code KNOWN}, otherwise null
     * @param endKind the kind of the end, not null
     * @param end the end date if {@code endKind} is {@code KNOWN}, otherwise null
     * @return the period, not null
     * @throws NullPointerException if a kind is null
     * @throws IllegalArgumentException if a date is missing for a known end or given for another kind
     */
    public static Period of(BoundKind startKind, PartialDate start, BoundKind endKind, PartialDate end) {
        Objects.requireNonNull(startKind, "startKind");
        Objects.requireNonNull(endKind, "endKind");
        checkBound("start", startKind, start);
        checkBound("end", endKind, end);
        if (startKind == BoundKind.UNKNOWN && endKind == BoundKind.UNKNOWN) {
            return UNKNOWN;
        }
        return new Period(startKind, start, endKind, end);
    }

    private static void checkBound(String name, BoundKind kind, PartialDate date) {
        if ((kind == BoundKind.KNOWN) != (date != null)) {
            throw new IllegalArgumentException(kind == BoundKind.KNOWN
                    ? "A KNOWN " + name + " needs a date"
                    : "A " + kind + " " + name + " takes no date, got " + date);
        }
    }

    /**
     * Returns the period with both ends unknown, written {@code /}.
     *
     * @return the period, not null
     */
    public static Period unknown() {
        return UNKNOWN;
    }

    /**
     * Parses an EDTF / ISO 8601 interval: two ends separated by one {@code /}, each a partial date
     * ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}), {@code ..} for an open end or nothing for an
     * unknown end. Examples: {@code 2023/2024}, {@code 2025-04/..}, {@code ../2012}, {@code 2013/},
     * {@code /2012}, {@code ../..}, {@code /}. Each known end may carry what {@link PartialDate#parse}
     * reads at EDTF level 1: a qualifier ({@code 1984?/2004-06~}, {@code 2004-06-11%/..}) or
     * unspecified digits ({@code 201X/2016-XX}; EDTF level 1 names these for dates, and an interval
     * end is a date, so they are read there too). A bare partial date, such as {@code 2025-04-24}, is the
     * period of that one unit ({@link #of(PartialDate)}). No spaces are allowed.
     *
     * @param text the text, not null
     * @return the period, not null
     * @throws InvalidDateException if the text is not such an interval, such as
     *     {@code 2013/2014/2015}, {@code 2013-13/2014}, {@code a/b}, {@code 2013 / 2014} or {@code ..}
     * @throws NullPointerException if {@code text} is null
     */
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        try {
            if (slash < 0) {
                return of(PartialDate.parse(s));
            }
            if (s.indexOf('/', slash + 1) >= 0) {
                throw new InvalidDateException(
                        "Invalid period '" + s + "': more than one '/'", s);
            }
            String left = s.substring(0, slash);
            String right = s.substring(slash + 1);
            BoundKind startKind = kindOf(left);
            BoundKind endKind = kindOf(right);
            PartialDate startDate = startKind == BoundKind.KNOWN ? PartialDate.parse(left) : null;
            PartialDate endDate = endKind == BoundKind.KNOWN ? PartialDate.parse(right) : null;
            return of(startKind, startDate, endKind, endDate);
        } catch (InvalidDateException e) {
            if (e.getInput().equals(s)) {
                throw e;
            }
            InvalidDateException wrapped = new InvalidDateException(
                    "Invalid period '" + s + "': " + e.getMessage(), s);
            wrapped.initCause(e);
            throw wrapped;
        }
    }

    private static BoundKind kindOf(String part) {
        if (part.isEmpty()) {
            return BoundKind.UNKNOWN;
        }
        return part.equals("..") ? BoundKind.OPEN : BoundKind.KNOWN;
    }

    /**
     * Returns the start date, present when the start is {@code KNOWN}.
     *
     * @return the start, or empty for an open or unknown start
     */
    public Optional<PartialDate> getStart() {
        return startOptional;
    }

    /**
     * Returns the end date, present when the end is {@code KNOWN}.
     *
     * @return the end, or empty for an open or unknown end
     */
    public Optional<PartialDate> getEnd() {
        return endOptional;
    }

    /**
     * Returns what is known about the start.
     *
     * @return the kind, not null
     */
    public BoundKind getStartKind() {
        return startKind;
    }

    /**
     * Returns what is known about the end.
     *
     * @return the kind, not null
     */
    public BoundKind getEndKind() {
        return endKind;
    }

    /** The start date or null. */
    PartialDate start() {
        return start;
    }

    /** The end date or null. */
    PartialDate end() {
        return end;
    }

    /** This period as a span without held-on date, shared (no allocation). */
    Span asSpan() {
        return span;
    }

    /**
     * Tells whether the period ends before it starts, that is whether it has no valid refinement.
     * Only a period with two known ends can be reversed: {@code 2016/2013} and {@code 2016-05/2016-03}
     * are; {@code 2016/2016}, {@code 2016-03/2016} and {@code 2016/2016-03} are not, because their
     * units share days and the refinements that would end before they start are not valid ones (the
     * record is consistent). Hence the answer is {@code YES} or {@code NO}, never {@code MAYBE}.
     *
     * @return YES if every refinement ends before it starts, otherwise NO
     */
    public Answer isReversed() {
        return Answer.of(!span.isSatisfiable());
    }

    /**
     * Tells whether the day the given date stands for lies within this period (s &lt;= d &lt;= e).
     *
     * @param date the date, not null
     * @return YES, NO or MAYBE; NO if this period is reversed
     * @throws NullPointerException if {@code date} is null
     * @see Span#contains(PartialDate)
     */
    public Answer contains(PartialDate date) {
        return span.contains(date);
    }

    /**
     * Tells whether the day lies within this period (s &lt;= day &lt;= e): {@code 2023/2024} contains
     * 2024-01-01 (YES), {@code 2021/2022} contains 2022-06-01 (MAYBE).
     *
     * @param day the day, not null
     * @return YES, NO or MAYBE; NO if this period is reversed
     * @throws NullPointerException if {@code day} is null
     * @see Span#contains(LocalDate)
     */
    public Answer contains(LocalDate day) {
        return span.contains(day);
    }

    /**
     * Tells whether this period says at least what the other says, at least as precisely: every
     * refinement of this period is one of the other ({@code 2013-06/2016-11} refines {@code 2013/2016}).
     *
     * @param other the other period, not null
     * @return true if this period refines the other; false if either is reversed
     * @throws NullPointerException if {@code other} is null
     * @see Span#refines(Span)
     */
    public boolean refines(Period other) {
        Objects.requireNonNull(other, "other");
        return span.refines(other.span);
    }

    /**
     * Tells whether two records of one fact giving these periods can both be true: some refinement
     * is shared ({@code 2013/2016} and {@code 2013-06/2016-11} agree; {@code 2016-10/2018-09} and
     * {@code 2016-11/2018-11} do not).
     *
     * @param other the other period, not null
     * @return true if the periods agree; false if they cannot describe the same interval or either is
     *     reversed
     * @throws NullPointerException if {@code other} is null
     * @see Span#agreesWith(Span)
     */
    public boolean agreesWith(Period other) {
        Objects.requireNonNull(other, "other");
        return span.agreesWith(other.span);
    }

    /**
     * Tells whether the other period lies within this one (s &lt;= s' and e' &lt;= e).
     *
     * @param other the other period, not null
     * @return YES, NO or MAYBE; NO if either period is reversed
     * @throws NullPointerException if {@code other} is null
     * @see Span#contains(Span)
     */
    public Answer contains(Period other) {
        Objects.requireNonNull(other, "other");
        return span.contains(other.span);
    }

    /**
     * Tells whether the two periods share at least one day; a hand-over ({@code 2013/2016} then
     * {@code 2016/2018}) is not an overlap.
     *
     * @param other the other period, not null
     * @return YES, NO or MAYBE; NO if either period is reversed
     * @throws NullPointerException if {@code other} is null
     * @see Span#overlaps(Span)
     */
    public Answer overlaps(Period other) {
        Objects.requireNonNull(other, "other");
        return span.overlaps(other.span);
    }

    /**
     * Tells whether one period ends on the day the other starts or on the day before, in either
     * order; a hand-over always touches.
     *
     * @param other the other period, not null
     * @return YES, NO or MAYBE; NO if either period is reversed
     * @throws NullPointerException if {@code other} is null
     * @see Span#touches(Span)
     */
    public Answer touches(Period other) {
        Objects.requireNonNull(other, "other");
        return span.touches(other.span);
    }

    /**
     * Tells whether this period ends strictly before the other starts (no shared day).
     *
     * @param other the other period, not null
     * @return YES, NO or MAYBE; NO if either period is reversed
     * @throws NullPointerException if {@code other} is null
     * @see Span#isBefore(Span)
     */
    public Answer isBefore(Period other) {
        Objects.requireNonNull(other, "other");
        return span.isBefore(other.span);
    }

    /**
     * Tells whether this period starts strictly after the other ends (no shared day).
     *
     * @param other the other period, not null
     * @return YES, NO or MAYBE; NO if either period is reversed
     * @throws NullPointerException if {@code other} is null
     * @see Span#isAfter(Span)
     */
    public Answer isAfter(Period other) {
        Objects.requireNonNull(other, "other");
        return span.isAfter(other.span);
    }

    /**
     * Tells whether at least one whole day lies after this period ends and before the next starts:
     * {@code 2023/2024} leaves a gap before {@code 2025-04/..} (YES), {@code 2018/2020} before
     * {@code 2021/2022} (MAYBE).
     *
     * @param next the following period, not null
     * @return YES, NO or MAYBE; NO if either period is reversed
     * @throws NullPointerException if {@code next} is null
     * @see Span#leavesGapBefore(Span)
     */
    public Answer leavesGapBefore(Period next) {
        Objects.requireNonNull(next, "next");
        return span.leavesGapBefore(next.span);
    }

    /**
     * Compares bound kinds and dates.
     *
     * @param obj the object to compare, may be null
     * @return true if {@code obj} is a period with the same kinds and dates
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Period)) {
            return false;
        }
        Period o = (Period) obj;
        return startKind == o.startKind && endKind == o.endKind
                && Objects.equals(start, o.start) && Objects.equals(end, o.end);
    }

    /**
     * Returns a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        // Ordinals, not the enums' identity hashes, so that equal periods hash alike in every JVM.
        int h = startKind.ordinal();
        h = 31 * h + Objects.hashCode(start);
        h = 31 * h + endKind.ordinal();
        return 31 * h + Objects.hashCode(end);
    }

    /**
     * Returns the EDTF text, which {@link #parse} reads back to an equal period: {@code 2013/2016},
     * {@code 2025-04/..}, {@code /2012}, {@code /}; a period of one unit (both ends known and equal)
     * prints as the bare date, such as {@code 2025-04-24}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (startKind == BoundKind.KNOWN && endKind == BoundKind.KNOWN && start.equals(end)) {
            return start.toString();
        }
        return boundText(startKind, start) + "/" + boundText(endKind, end);
    }

    private static String boundText(BoundKind kind, PartialDate date) {
        switch (kind) {
            case KNOWN:
                return date.toString();
            case OPEN:
                return "..";
            default:
                return "";
        }
    }

    /**
     * Serializes the period as its text, read back through {@link #parse(CharSequence)}.
     *
     * @return the serialized form
     */
    private Object writeReplace() {
        return new SerializedText(true, toString());
    }

    /**
     * Refuses a stream that holds the fields themselves: only the text form is read.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("Deserialization goes through SerializedText");
    }
}
