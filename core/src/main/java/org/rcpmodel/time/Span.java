package org.rcpmodel.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about when something held: a {@link Period}, optionally narrowed by a date on which
 * it is known to hold. "As of April 2025 Italy is an observer", with nothing known of when it started
 * or whether it has ended, is {@code Span.of(Period.parse("/.."), PartialDate.parse("2025-04"))}.
 *
 * <p><b>Refinements.</b> A refinement of a span is a valid refinement (s, e) of its period (see
 * {@link Period}) such that, if there is a held-on date, some day h of its unit lies in s..e. Every
 * relation answers {@code YES} if it holds for every refinement, {@code NO} if it holds for none and
 * {@code MAYBE} if it holds for some but not all. A span without refinement (a reversed period, or a
 * held-on date outside the period) takes part in no relation: every relation answers {@code NO}.
 *
 * <p><b>Hand-over.</b> When the end of one span's period and the start of the other's are the same
 * known partial date (equal values, such as {@code 2013/2016} and {@code 2016/2018}, or
 * {@code 2013-06/2016-11} and {@code 2016-11/2018-11}), the change is taken to happen at one moment
 * inside that shared unit: both bounds are refined to the same day h, which belongs to neither span
 * for overlap purposes. A hand-over therefore does not overlap, touches, is neither before nor after,
 * and leaves no gap. It applies in either order, and only between the end of one and the start of the
 * other. When it would apply in both orders at once (both periods are the same single unit, such as
 * two records saying {@code 2016}), no tie is made: the two are refined independently, so that two
 * records of one year may overlap.
 *
 * <p><b>Qualified dates.</b> A known end or held-on date that is uncertain or approximate
 * ({@code 1984?/2004-06~}) takes part over its neighbourhood (see {@link PartialDate}): its
 * refinements are the days of its unit and of the units of its precision next to it. So a YES or NO
 * that some neighbouring value of a qualified date would change is MAYBE, and the day bounds
 * ({@link #earliestStart()} and the like) are those of the neighbourhoods. Unspecified digits
 * ({@code 201X/2016}) are part of the unit.
 *
 * <p>Answers are computed in constant time from day bounds precomputed at construction, without
 * allocation (except {@link #isWithin} and the term lengths, which allocate a little). The
 * comparators {@link #BY_START} and the like order spans by those bounds for sweeps.
 *
 * <p>Instances are immutable and thread-safe. {@code equals} compares the period and the held-on
 * date. All methods reject null arguments with a {@link NullPointerException} naming the parameter.
 */
public final class Span {

    /** Stands for minus infinity (an open start); far below any real or unknown day. */
    private static final long OPEN_START = -(1L << 40);
    /** Stands for plus infinity (an open end). */
    private static final long OPEN_END = 1L << 40;
    /** Lowest day an unknown bound may take: below every real day, above an open start. */
    private static final long UNKNOWN_LOW = -(1L << 36);
    /** Highest day an unknown bound may take: above every real day, below an open end. */
    private static final long UNKNOWN_HIGH = 1L << 36;

    private final Period period;
    private final PartialDate heldOn;
    /* Exact projections of the refinements: s in [sLo, sHi], e in [eLo, eHi], s <= e. */
    private final long sLo;
    private final long sHi;
    private final long eLo;
    private final long eHi;
    private final boolean satisfiable;

    Span(Period period, PartialDate heldOn) {
        this.period = period;
        this.heldOn = heldOn;
        long sl;
        long sh;
        long el;
        long eh;
        switch (period.getStartKind()) {
            case KNOWN:
                sl = period.start().relationLow();
                sh = period.start().relationHigh();
                break;
            case OPEN:
                sl = OPEN_START;
                sh = OPEN_START;
                break;
            default:
                sl = UNKNOWN_LOW;
                sh = UNKNOWN_HIGH;
                break;
        }
        switch (period.getEndKind()) {
            case KNOWN:
                el = period.end().relationLow();
                eh = period.end().relationHigh();
                break;
            case OPEN:
                el = OPEN_END;
                eh = OPEN_END;
                break;
            default:
                el = UNKNOWN_LOW;
                eh = UNKNOWN_HIGH;
                break;
        }
        if (heldOn != null) {
            // some h in [first, last] with s <= h <= e  <=>  s <= last and e >= first (given s <= e)
            sh = Math.min(sh, heldOn.relationHigh());
            el = Math.max(el, heldOn.relationLow());
        }
        // s <= e
        sh = Math.min(sh, eh);
        el = Math.max(el, sl);
        this.sLo = sl;
        this.sHi = sh;
        this.eLo = el;
        this.eHi = eh;
        this.satisfiable = sl <= sh && el <= eh;
    }

    /**
     * Obtains the span of a period, with no held-on date. Does not allocate.
     *
     * @param period the period, not null
     * @return the span, not null
     * @throws NullPointerException if {@code period} is null
     */
    public static Span of(Period period) {
        Objects.requireNonNull(period, "period");
        return period.asSpan();
    }

    /**
     * Obtains the span of a period known to hold on the given date (on at least one day of its unit).
     * A held-on date outside the period is accepted; the span then has no refinement
     * ({@link #isSatisfiable()} is false).
     *
     * @param period the period, not null
     * @param heldOn the date on which it is known to hold, not null
     * @return the span, not null
     * @throws NullPointerException if either argument is null
     */
    public static Span of(Period period, PartialDate heldOn) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(heldOn, "heldOn");
        return new Span(period, heldOn);
    }

    /**
     * Returns the period.
     *
     * @return the period, not null
     */
    public Period getPeriod() {
        return period;
    }

    /**
     * Returns the date on which the span is known to hold.
     *
     * @return the held-on date, or empty if none was given
     */
    public Optional<PartialDate> getHeldOn() {
        return Optional.ofNullable(heldOn);
    }

    /*
     * The four day bounds, as epoch days (LocalDate#toEpochDay). They are exact: every value between a
     * start bound pair (and between an end bound pair) is taken by some refinement, and only
     * refinements with start <= end count. An open start is OPEN_START, below every day; an unknown
     * start ranges from UNKNOWN_LOW (below every day of a PartialDate, above an open start) up to what
     * the end allows; an open end is OPEN_END; an unknown end ranges up to UNKNOWN_HIGH.
     */

    long earliestStartDay() {
        return sLo;
    }

    long latestStartDay() {
        return sHi;
    }

    long earliestEndDay() {
        return eLo;
    }

    long latestEndDay() {
        return eHi;
    }

    /**
     * Orders spans by the earliest day they may start; an open start comes before an unknown one,
     * which comes before every known start. Not consistent with {@code equals}: spans of different
     * periods may compare equal.
     */
    public static final Comparator<Span> BY_EARLIEST_START = (a, b) -> Long.compare(a.sLo, b.sLo);

    /**
     * Orders spans by the earliest day they may start, then by the latest day they may start; see
     * {@link #BY_EARLIEST_START}.
     */
    public static final Comparator<Span> BY_START = (a, b) -> {
        int c = Long.compare(a.sLo, b.sLo);
        return c != 0 ? c : Long.compare(a.sHi, b.sHi);
    };

    /** Orders spans by the latest day they may start; an unknown start may lie as late as its end allows. */
    public static final Comparator<Span> BY_LATEST_START = (a, b) -> Long.compare(a.sHi, b.sHi);

    /**
     * Orders spans by the latest day they may end: every known end comes before an unknown one, which
     * comes before an open end ("reaches furthest" is the greatest).
     */
    public static final Comparator<Span> BY_LATEST_END = (a, b) -> Long.compare(a.eHi, b.eHi);

    /**
     * Returns the earliest day the start may fall on.
     *
     * @return the day, or empty if the start is open or unknown (it may then lie before every day)
     */
    public Optional<LocalDate> earliestStart() {
        return sLo <= UNKNOWN_LOW ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(sLo));
    }

    /**
     * Returns the latest day the start may fall on; an unknown start may lie as late as the end (or
     * the held-on date) allows.
     *
     * @return the day, or empty if the start is open, or unknown with no known end or held-on date
     *     bounding it
     */
    public Optional<LocalDate> latestStart() {
        return sHi <= UNKNOWN_LOW || sHi >= UNKNOWN_HIGH ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(sHi));
    }

    /**
     * Returns the earliest day the end may fall on; an unknown end may lie as early as the start (or
     * the held-on date) allows.
     *
     * @return the day, or empty if the end is open, or unknown with no known start or held-on date
     *     bounding it
     */
    public Optional<LocalDate> earliestEnd() {
        return eLo <= UNKNOWN_LOW || eLo >= UNKNOWN_HIGH ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(eLo));
    }

    /**
     * Returns the latest day the end may fall on.
     *
     * @return the day, or empty if the end is open or unknown (it may then lie after every day)
     */
    public Optional<LocalDate> latestEnd() {
        return eHi >= UNKNOWN_HIGH ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(eHi));
    }

    /**
     * Tells whether the span has at least one refinement: false for a reversed period, or for a
     * held-on date that lies wholly outside the period.
     *
     * @return true if some refinement exists
     */
    public boolean isSatisfiable() {
        return satisfiable;
    }

    /**
     * Tells whether the day the given date stands for (one day of its unit) lies within the span.
     *
     * @param date the date, not null
     * @return YES, NO or MAYBE; NO if this span has no refinement
     * @throws NullPointerException if {@code date} is null
     */
    public Answer contains(PartialDate date) {
        Objects.requireNonNull(date, "date");
        return containsDays(date.relationLow(), date.relationHigh());
    }

    /**
     * Tells whether the day lies within the span (s &lt;= day &lt;= e).
     *
     * @param day the day, not null
     * @return YES, NO or MAYBE; NO if this span has no refinement
     * @throws NullPointerException if {@code day} is null
     */
    public Answer contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        long d = day.toEpochDay();
        return containsDays(d, d);
    }

    /** Some day x in [lo, hi] with s <= x <= e. */
    private Answer containsDays(long lo, long hi) {
        if (!satisfiable) {
            return Answer.NO;
        }
        return Answer.from(sLo <= hi && lo <= eHi, sHi > lo || hi > eLo);
    }

    /**
     * Tells whether this span says at least what the other says, at least as precisely: every
     * refinement of this span is a refinement of the other. {@code 2013-06/2016-11} refines
     * {@code 2013/2016}; a span refines itself; a span whose ends are known or unknown refines the
     * wholly unknown span. An open end is not a refinement of an unknown one ({@code ../2012} does not
     * refine {@code /2012}): "since always" is a claim, "not recorded" is not.
     *
     * <p>This compares two records of one fact, not two intervals in time, so no hand-over applies.
     * Exact: the refinements of a span are the pairs of its projection rectangle with s &lt;= e, and
     * such a set lies inside another exactly when its projections lie inside the other's.
     *
     * @param other the other span, not null
     * @return true if every refinement of this span is one of the other; false if either span has no
     *     refinement
     * @throws NullPointerException if {@code other} is null
     */
    public boolean refines(Span other) {
        Objects.requireNonNull(other, "other");
        return satisfiable && other.satisfiable
                && other.sLo <= sLo && sHi <= other.sHi && other.eLo <= eLo && eHi <= other.eHi;
    }

    /**
     * Tells whether the two spans can describe the same interval: some refinement is shared, so two
     * records of one fact that say this can both be true. {@code 2013/2016} and {@code 2013-06/2016-11}
     * agree; {@code 2016-10/2018-09} and {@code 2016-11/2018-11} do not, since their ends cannot be the
     * same day. An end no source gives may also be an open one: the record does not say whether it
     * has ended, so {@code /} and {@code 2006-01/..} agree (and so do an unknown start and an open
     * one). Symmetric; no hand-over applies (see {@link #refines}).
     *
     * @param other the other span, not null
     * @return true if some refinement belongs to both spans; false if either has no refinement
     * @throws NullPointerException if {@code other} is null
     */
    public boolean agreesWith(Span other) {
        Objects.requireNonNull(other, "other");
        if (!satisfiable || !other.satisfiable) {
            return false;
        }
        // the shared rectangle is not empty; its s <= e corner then exists, since each span's
        // projections already satisfy sHi <= eHi. An unknown bound reaches the open value too.
        return Math.max(agreeingStartLow(), other.agreeingStartLow()) <= Math.min(sHi, other.sHi)
                && Math.max(eLo, other.eLo) <= Math.min(agreeingEndHigh(), other.agreeingEndHigh());
    }

    /** The earliest start a record may have in agreement: an unknown start may be an open one. */
    private long agreeingStartLow() {
        return period.getStartKind() == Period.BoundKind.UNKNOWN ? OPEN_START : sLo;
    }

    /** The latest end a record may have in agreement: an unknown end may be an open one. */
    private long agreeingEndHigh() {
        return period.getEndKind() == Period.BoundKind.UNKNOWN ? OPEN_END : eHi;
    }

    /**
     * Tells whether the other span lies within this one (s &lt;= s' and e' &lt;= e). At a hand-over this
     * holds only in the degenerate refinements where the span inside is the single hand-over day.
     *
     * @param other the other span, not null
     * @return YES, NO or MAYBE; NO if either span has no refinement
     * @throws NullPointerException if {@code other} is null
     */
    public Answer contains(Span other) {
        Objects.requireNonNull(other, "other");
        if (!satisfiable || !other.satisfiable) {
            return Answer.NO;
        }
        switch (tie(this, other)) {
            case THIS_HANDS_OVER:
                return incomingEndsOnHandOver(this, other);
            case OTHER_HANDS_OVER:
                return outgoingStartsOnHandOver(other, this);
            default:
                // witness: this at its widest (sLo, eHi), the other as wide as fits inside it; the
                // projections are exact, so the other's own s <= e is then implied by sLo <= eHi
                return Answer.from(sLo <= other.sHi && other.eLo <= eHi,
                        sHi > other.sLo || other.eHi > eLo);
        }
    }

    /**
     * Tells whether the two spans share at least one day. A hand-over is not an overlap: the
     * hand-over day belongs to neither span, so the answer is then {@code NO}.
     *
     * @param other the other span, not null
     * @return YES, NO or MAYBE; NO if either span has no refinement
     * @throws NullPointerException if {@code other} is null
     */
    public Answer overlaps(Span other) {
        Objects.requireNonNull(other, "other");
        if (!satisfiable || !other.satisfiable || tie(this, other) != NO_TIE) {
            return Answer.NO;
        }
        return Answer.from(sLo <= other.eHi && other.sLo <= eHi, sHi > other.eLo || other.sHi > eLo);
    }

    /**
     * Tells whether the two spans may have a day in common, with no hand-over reading: each span's
     * known end is a day inside it even where the other starts on the same date. This is the question
     * "did it hold at some time during that window?", where {@link #overlaps} is the question "do two
     * records of one succession run at once?".
     *
     * @param other the other span, not null
     * @return YES, NO or MAYBE; NO if either span has no refinement
     * @throws NullPointerException if {@code other} is null
     */
    public Answer intersects(Span other) {
        Objects.requireNonNull(other, "other");
        if (!satisfiable || !other.satisfiable) {
            return Answer.NO;
        }
        return Answer.from(sLo <= other.eHi && other.sLo <= eHi, sHi > other.eLo || other.sHi > eLo);
    }

    /**
     * Tells whether one span ends on the day the other starts, or on the day before, in either order
     * (e = s' or e + 1 = s', or e' = s or e' + 1 = s). A hand-over always touches.
     *
     * @param other the other span, not null
     * @return YES, NO or MAYBE; NO if either span has no refinement
     * @throws NullPointerException if {@code other} is null
     */
    public Answer touches(Span other) {
        Objects.requireNonNull(other, "other");
        if (!satisfiable || !other.satisfiable) {
            return Answer.NO;
        }
        int tie = tie(this, other);
        if (tie != NO_TIE) {
            Span out = tie == THIS_HANDS_OVER ? this : other;
            Span in = out == this ? other : this;
            return Answer.of(hLow(out, in) <= hHigh(out, in));
        }
        boolean some = meetsZeroOrOne(other.sLo - eHi, other.sHi - eLo)
                || meetsZeroOrOne(sLo - other.eHi, sHi - other.eLo);
        // a refinement that does not touch: both differences outside {0, 1}; differences both >= 2
        // are impossible because s' - e + s - e' <= 0
        boolean someNot = (other.sLo <= eHi - 1 && sLo <= other.eHi - 1)
                || eLo + 2 <= other.sHi
                || other.eLo + 2 <= sHi;
        return Answer.from(some, someNot);
    }

    private static boolean meetsZeroOrOne(long low, long high) {
        return low <= 1 && high >= 0;
    }

    /**
     * Tells whether this span ends strictly before the other starts (e &lt; s', no shared day).
     *
     * @param other the other span, not null
     * @return YES, NO or MAYBE; NO at a hand-over and if either span has no refinement
     * @throws NullPointerException if {@code other} is null
     */
    public Answer isBefore(Span other) {
        Objects.requireNonNull(other, "other");
        if (!satisfiable || !other.satisfiable || tie(this, other) != NO_TIE) {
            return Answer.NO;
        }
        return Answer.from(eLo < other.sHi, eHi >= other.sLo);
    }

    /**
     * Tells whether this span starts strictly after the other ends (s &gt; e', no shared day).
     *
     * @param other the other span, not null
     * @return YES, NO or MAYBE, as {@code other.isBefore(this)}
     * @throws NullPointerException if {@code other} is null
     */
    public Answer isAfter(Span other) {
        Objects.requireNonNull(other, "other");
        return other.isBefore(this);
    }

    /**
     * Tells whether at least one whole day lies after this span ends and before the next starts
     * (s' - e &gt;= 2).
     *
     * @param next the following span, not null
     * @return YES, NO or MAYBE; NO at a hand-over and if either span has no refinement
     * @throws NullPointerException if {@code next} is null
     */
    public Answer leavesGapBefore(Span next) {
        Objects.requireNonNull(next, "next");
        if (!satisfiable || !next.satisfiable || tie(this, next) != NO_TIE) {
            return Answer.NO;
        }
        return Answer.from(eLo + 2 <= next.sHi, eHi + 2 > next.sLo);
    }

    /**
     * Tells whether this span lies within the outer one (s' &lt;= s and e &lt;= e') by the refinement
     * principle with which two records of one standing are read: a known start that
     * {@linkplain PartialDate#liesInUnitOf lies in the unit} of the outer's known start is taken to
     * start no earlier ({@code 2013-06/2016} lies within {@code 2013/2016}), and a known end in the
     * unit of the outer's known end to end no later. Each end is otherwise compared by its day bounds:
     * YES when the outer's start is surely not after this start (and the same for the ends), NO when
     * it surely is, MAYBE otherwise; the answer is the {@link Answer#and} of the two ends. No hand-over
     * applies. Read from the day bounds whether or not either span has a refinement.
     *
     * @param outer the outer span, not null
     * @return YES, NO or MAYBE
     * @throws NullPointerException if {@code outer} is null
     */
    public Answer isWithin(Span outer) {
        Objects.requireNonNull(outer, "outer");
        return Stretch.of(this).within(Stretch.of(outer));
    }

    /**
     * Tells whether the span starts before a reference date (a founding date, say). A known start
     * answers {@link PartialDate#precedes}, so a start in the reference's unit is no earlier; an open
     * start ("since always") surely does. An unknown start may always lie before: YES when its latest
     * possible day (as the end or the held-on date bound it) is before every day the reference may
     * stand for, else MAYBE.
     *
     * @param reference the reference date, not null
     * @return YES, NO or MAYBE as above
     * @throws NullPointerException if {@code reference} is null
     */
    public Answer startsBefore(PartialDate reference) {
        Objects.requireNonNull(reference, "reference");
        switch (period.getStartKind()) {
            case KNOWN:
                return period.start().precedes(reference);
            case OPEN:
                return Answer.YES;
            default:
                return sHi < reference.relationLow() ? Answer.YES : Answer.MAYBE;
        }
    }

    /**
     * Tells whether the widest readings of the two spans share a day: each may start no later than the
     * other may end. Unlike {@link #intersects}, this reads the day bounds alone, also of a span
     * without refinement, and no hand-over applies; it is the cheap test "can these two be compared
     * at all".
     *
     * @param other the other span, not null
     * @return true if the earliest start of each is not after the latest end of the other
     * @throws NullPointerException if {@code other} is null
     */
    public boolean mayMeet(Span other) {
        Objects.requireNonNull(other, "other");
        return eHi >= other.sLo && other.eHi >= sLo;
    }

    /**
     * Tells whether some day of the date's unit (as written, qualifiers aside) lies between the
     * earliest day this span may start and the latest day it may end: a date the span's widest reading
     * reaches. Read from the day bounds, also of a span without refinement.
     *
     * @param date the date, not null
     * @return true if the unit and the widest reading share a day
     * @throws NullPointerException if {@code date} is null
     */
    public boolean reachesUnitOf(PartialDate date) {
        Objects.requireNonNull(date, "date");
        return date.latestEpochDay() >= sLo && date.earliestEpochDay() <= eHi;
    }

    /**
     * Tells whether every day this span may hold on lies within the widest reading of the outer one:
     * it may start no earlier than the outer may start and may end no later than the outer may end. A
     * meeting of {@code 2024-05} lies within the widest reading of a term of {@code 2024}; so does one
     * of {@code 2024}. Read from the day bounds.
     *
     * @param outer the outer span, not null
     * @return true if {@code outer}'s earliest start is not after this one's and this one's latest end
     *     is not after {@code outer}'s
     * @throws NullPointerException if {@code outer} is null
     */
    public boolean liesWithinWidestOf(Span outer) {
        Objects.requireNonNull(outer, "outer");
        return sLo >= outer.sLo && eHi <= outer.eHi;
    }

    /**
     * Tells whether every refinement lasts longer than the given number of calendar months, counting
     * the start day and the end day: the shortest reading (latest start, earliest end) ends on or after
     * the day that is {@code months} months after its start. False unless start and end are known.
     *
     * @param months the number of months, any value
     * @return true if even the shortest reading is longer
     */
    public boolean surelyLastsLongerThan(int months) {
        if (period.getStartKind() != Period.BoundKind.KNOWN || period.getEndKind() != Period.BoundKind.KNOWN) {
            return false;
        }
        return longer(eLo, months);
    }

    /**
     * Tells whether a span of known start that runs at least until the first day of the given date
     * (an open-ended term that has lasted until the document's as-of date) lasts longer than the given
     * number of calendar months in every reading of its start, as {@link #surelyLastsLongerThan(int)}.
     *
     * @param months the number of months, any value
     * @param runsUntil the date until which it surely runs, not null
     * @return true if even the shortest reading is longer; false unless the start is known
     * @throws NullPointerException if {@code runsUntil} is null
     */
    public boolean surelyLastsLongerThan(int months, PartialDate runsUntil) {
        Objects.requireNonNull(runsUntil, "runsUntil");
        return period.getStartKind() == Period.BoundKind.KNOWN && longer(runsUntil.earliestEpochDay(), months);
    }

    private boolean longer(long shortestEnd, int months) {
        // k >= 0 months take 28k to 31k days, so most spans are decided without calendar arithmetic
        return (months <= 0 || shortestEnd + 1 > sHi + 28L * months)
                && LocalDate.ofEpochDay(shortestEnd).plusDays(1).isAfter(LocalDate.ofEpochDay(sHi).plusMonths(months));
    }

    /**
     * Tells whether every refinement is shorter than the given number of calendar months, counting the
     * start day and the end day: the longest reading (earliest start, latest end) ends before the day
     * that is {@code months} months after its start, less one. False unless start and end are known.
     *
     * @param months the number of months, any value
     * @return true if even the longest reading is shorter
     */
    public boolean surelyLastsShorterThan(int months) {
        if (period.getStartKind() != Period.BoundKind.KNOWN || period.getEndKind() != Period.BoundKind.KNOWN) {
            return false;
        }
        return (months < 0 || eHi + 1 < sLo + 31L * months)
                && LocalDate.ofEpochDay(eHi).plusDays(1).isBefore(LocalDate.ofEpochDay(sLo).plusMonths(months));
    }

    // ---- hand-over --------------------------------------------------------------------------

    private static final int NO_TIE = 0;
    private static final int THIS_HANDS_OVER = 1;
    private static final int OTHER_HANDS_OVER = 2;

    /** Which of the two hands over to the other; no tie when both or neither would. */
    private static int tie(Span a, Span b) {
        boolean ab = handsOver(a.period, b.period);
        boolean ba = handsOver(b.period, a.period);
        if (ab == ba) {
            return NO_TIE;
        }
        return ab ? THIS_HANDS_OVER : OTHER_HANDS_OVER;
    }

    private static boolean handsOver(Period out, Period in) {
        return out.getEndKind() == Period.BoundKind.KNOWN && in.getStartKind() == Period.BoundKind.KNOWN
                && out.end().equals(in.start());
    }

    /* With the tie, the refinements are s_out <= h <= e_in with h in [hLow, hHigh]. */

    private static long hLow(Span out, Span in) {
        return Math.max(out.eLo, in.sLo);
    }

    private static long hHigh(Span out, Span in) {
        return Math.min(out.eHi, in.sHi);
    }

    /** Outgoing contains incoming: holds exactly when the incoming ends on the hand-over day. */
    private static Answer incomingEndsOnHandOver(Span out, Span in) {
        long low = hLow(out, in);
        long high = hHigh(out, in);
        if (low > high) {
            return Answer.NO;
        }
        return Answer.from(Math.max(in.eLo, low) <= high, in.eHi > low);
    }

    /** Incoming contains outgoing: holds exactly when the outgoing starts on the hand-over day. */
    private static Answer outgoingStartsOnHandOver(Span out, Span in) {
        long low = hLow(out, in);
        long high = hHigh(out, in);
        if (low > high) {
            return Answer.NO;
        }
        return Answer.from(low <= Math.min(out.sHi, high), high > out.sLo);
    }

    /**
     * Compares the period and the held-on date.
     *
     * @param obj the object to compare, may be null
     * @return true if {@code obj} is a span with an equal period and held-on date
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Span)) {
            return false;
        }
        Span o = (Span) obj;
        return period.equals(o.period) && Objects.equals(heldOn, o.heldOn);
    }

    /**
     * Returns a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * period.hashCode() + Objects.hashCode(heldOn);
    }

    /**
     * Returns the period's text, followed by {@code " held on "} and the held-on date if there is one,
     * such as {@code /.. held on 2025-04}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return heldOn == null ? period.toString() : period + " held on " + heldOn;
    }
}
