package org.rcpmodel.time;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A calendar date known to the precision of a year ({@code 2016}), a month ({@code 2016-11}) or a
 * day ({@code 2016-11-30}), in the proleptic ISO calendar, for the years 0001 to 9999, with the
 * EDTF level 1 (ISO 8601-2:2019) additions: unspecified digits and a qualifier.
 *
 * <p>A partial date names a unit of time: "some day in 2016". Its <em>refinements</em> are the days of
 * that unit, from {@link #earliestDay()} to {@link #latestDay()}. Questions about the order of two
 * partial dates therefore have three answers (see {@link Answer}).
 *
 * <p><b>Unspecified digits</b> ({@code X}) widen the unit, exactly as EDTF level 1 allows them: the
 * one or two rightmost digits of a year standing alone ({@code 201X} is some day of 2010..2019,
 * {@code 20XX} of 2000..2099), the whole month ({@code 2004-XX}: some month of 2004), the whole day
 * ({@code 1985-04-XX}) or month and day ({@code 1985-XX-XX}). The precision stays the one written:
 * {@code 2004-XX} is a date of {@link Precision#MONTH month} precision whose month is not known, so it
 * is not equal to {@code 2004}, though it has the same days. A year {@code 000X} covers 0001..0009.
 *
 * <p><b>Qualifiers</b> say how far the source vouches for the value: {@code ?} uncertain ("1984, but
 * not sure"), {@code ~} approximate ("circa 1984"), {@code %} both. Following ISO 8601-2 (a qualifier
 * does not change the value), a qualifier does <em>not</em> move {@link #earliestDay()} and
 * {@link #latestDay()}. It weakens the relations instead: every relation of the time package
 * ({@link #isBefore}, {@link #contains(LocalDate)}, {@link #refines}, {@link #agreesWith}, and those of
 * {@link Period} and {@link Span} that involve this date) is evaluated over the date's
 * <em>neighbourhood</em>: its own unit together with the units of the same precision next to it,
 * {@link #qualifierReach() one on each side} for {@code ?} or {@code ~}, two for {@code %}
 * ({@code 2000~} reaches 1999..2001, {@code 2004-06%} 2004-04..2004-08, {@code 2004-06-11?}
 * 2004-06-10..2004-06-12). A YES or NO therefore survives a qualifier only when no value in that
 * neighbourhood would change it, and becomes MAYBE when one would: the qualified value
 * <em>decides</em> the answer exactly when replacing it by a neighbouring value of its precision
 * changes the answer. {@code 2000~} is before {@code 2010} (YES: no year 1999..2001 is not), but
 * only MAYBE before {@code 2001-06}. A relation between unqualified dates is computed exactly as
 * before: for them the neighbourhood is the unit itself.
 *
 * <p>Why a neighbourhood and not "any value": "circa 2000" does not mean "possibly 2030", and a
 * relation that no qualified value could change deserves its YES or NO. Why one unit: EDTF gives no
 * magnitude, the precision written is the only scale the record offers, and one unit is the least
 * that makes the qualifier matter at the boundary it sits on (python-edtf pads qualified dates by one
 * unit of their precision for the same reason). {@code %} joins the two doubts, so it reaches twice
 * as far.
 *
 * <p>Instances are immutable and thread-safe. {@code equals} compares the value including its
 * precision, its unspecified digits and its qualifier, so {@code 2016} is not equal to
 * {@code 2016-01}, {@code 2016-XX} or {@code 2016~}. The natural order ({@link #compareTo}) is by
 * earliest day, then latest day, then precision, unspecified digits and qualifier, and is consistent
 * with {@code equals}. {@link #toString()} gives the EDTF text that {@link #parse} reads back; a
 * serialized date is that text. All methods reject null arguments with a {@link NullPointerException}
 * naming the parameter.
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {

    private static final long serialVersionUID = 1L;

    /** No qualifier. */
    private static final byte PLAIN = 0;
    /** {@code ?}. */
    private static final byte UNCERTAIN = 1;
    /** {@code ~}. */
    private static final byte APPROXIMATE = 2;
    /** {@code %}: both bits. */
    private static final byte BOTH = 3;

    /** The year, with unspecified digits as 0 (never written: a date is serialized as its text). */
    private final int year;
    /** 1..12, or 0 when the precision is YEAR or the month is unspecified. */
    private final int month;
    /** 1..31, or 0 when the precision is YEAR or MONTH or the day is unspecified. */
    private final int day;
    /** The precision written: {@code 2004-XX} is of month precision though its month is unknown. */
    private final Precision precision;
    /** How many rightmost year digits are unspecified: 0, 1 or 2 (only at year precision). */
    private final byte yearX;
    /** The month is written {@code XX} (then so is the day, if there is one). */
    private final boolean monthX;
    /** The day is written {@code XX}. */
    private final boolean dayX;
    /** Bit 1 uncertain, bit 2 approximate. */
    private final byte qualifier;
    /** Epoch day of the earliest day of the unit. */
    private final transient long first;
    /** Epoch day of the latest day of the unit. */
    private final transient long last;
    /** Epoch day of the earliest day of the neighbourhood the relations use (first if unqualified). */
    private final transient long low;
    /** Epoch day of the latest day of the neighbourhood the relations use (last if unqualified). */
    private final transient long high;

    private PartialDate(int year, int month, int day) {
        this(year, month, day, day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR,
                0, false, false, PLAIN);
    }

    private PartialDate(int year, int month, int day, Precision precision, int yearX, boolean monthX,
            boolean dayX, byte qualifier) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
        this.yearX = (byte) yearX;
        this.monthX = monthX;
        this.dayX = dayX;
        this.qualifier = qualifier;
        if (day != 0) {
            this.first = LocalDate.of(year, month, day).toEpochDay();
            this.last = first;
        } else if (month != 0) {
            YearMonth ym = YearMonth.of(year, month);
            this.first = ym.atDay(1).toEpochDay();
            this.last = ym.atEndOfMonth().toEpochDay();
        } else {
            int span = yearX == 0 ? 1 : yearX == 1 ? 10 : 100;
            this.first = LocalDate.of(Math.max(1, year), 1, 1).toEpochDay();
            this.last = LocalDate.of(year + span - 1, 12, 31).toEpochDay();
        }
        int reach = reach(qualifier);
        if (reach == 0) {
            this.low = first;
            this.high = last;
        } else {
            LocalDate from = LocalDate.ofEpochDay(first);
            LocalDate to = LocalDate.ofEpochDay(last);
            switch (precision) {
                case DAY:
                    from = from.minusDays(reach);
                    to = to.plusDays(reach);
                    break;
                case MONTH:
                    from = from.minusMonths(reach);
                    to = to.plusMonths(reach).withDayOfMonth(to.plusMonths(reach).lengthOfMonth());
                    break;
                default:
                    from = from.minusYears(reach);
                    to = to.plusYears(reach);
                    break;
            }
            this.low = from.toEpochDay();
            this.high = to.toEpochDay();
        }
    }

    private static int reach(byte qualifier) {
        return qualifier == PLAIN ? 0 : qualifier == BOTH ? 2 : 1;
    }

    /**
     * Obtains a partial date of year precision.
     *
     * @param year the year, 1 to 9999
     * @return the partial date, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static PartialDate ofYear(int year) {
        checkYear(year);
        return new PartialDate(year, 0, 0);
    }

    /**
     * Obtains a partial date of month precision.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @return the partial date, not null
     * @throws IllegalArgumentException if the year or month is out of range
     */
    public static PartialDate ofYearMonth(int year, int month) {
        checkYear(year);
        checkMonth(month);
        return new PartialDate(year, month, 0);
    }

    /**
     * Obtains a partial date of day precision.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @param day the day of the month, which must exist in that month
     * @return the partial date, not null
     * @throws IllegalArgumentException if the date does not exist or the year is out of range
     */
    public static PartialDate of(int year, int month, int day) {
        checkYear(year);
        checkMonth(month);
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException(
                    "Day " + day + " does not exist in " + year + "-" + pad2(month));
        }
        return new PartialDate(year, month, day);
    }

    /**
     * Obtains a partial date of day precision from a local date.
     *
     * @param date the date, not null, with a year from 1 to 9999
     * @return the partial date, not null
     * @throws IllegalArgumentException if the year is out of range
     * @throws NullPointerException if {@code date} is null
     */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Obtains a partial date of month precision from a year-month.
     *
     * @param ym the year-month, not null, with a year from 1 to 9999
     * @return the partial date, not null
     * @throws IllegalArgumentException if the year is out of range
     * @throws NullPointerException if {@code ym} is null
     */
    public static PartialDate of(YearMonth ym) {
        Objects.requireNonNull(ym, "ym");
        return ofYearMonth(ym.getYear(), ym.getMonthValue());
    }

    /**
     * Parses an EDTF level 0 or level 1 date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * (exactly four year digits, 0001 to 9999, two month digits and two day digits, naming a date that
     * exists), with EDTF level 1 unspecified digits where the standard allows them ({@code 201X},
     * {@code 20XX}, {@code 2004-XX}, {@code 1985-04-XX}, {@code 1985-XX-XX}) or one qualifier at the
     * end ({@code 1984?}, {@code 2004-06~}, {@code 2004-06-11%}). Nothing else is accepted: no sign,
     * space, lowercase {@code x}, time of day, season ({@code 2001-21}), {@code Y}-prefixed long year,
     * qualifier on a date with unspecified digits, or EDTF level 2 form ({@code 2004-?06},
     * {@code 2004-06?-11}, {@code 2XXX}, {@code 201X-05}).
     *
     * @param text the text, not null
     * @return the partial date, not null
     * @throws InvalidDateException if the text is not such a date, such as {@code 2023-02-30},
     *     {@code 2023-13}, {@code 2013-1}, {@code 0000}, {@code " 2013"} or the empty string; the
     *     message names the position (counted from 1) of the first character that cannot be read
     * @throws NullPointerException if {@code text} is null
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int len = text.length();
        byte qualifier = PLAIN;
        int body = len;
        if (len > 0) {
            char q = text.charAt(len - 1);
            qualifier = q == '?' ? UNCERTAIN : q == '~' ? APPROXIMATE : q == '%' ? BOTH : PLAIN;
            if (qualifier != PLAIN) {
                body = len - 1;
            }
        }
        // The fast path: a plain level 0 date.
        if (qualifier == PLAIN && (len == 4 || len == 7 || len == 10)) {
            int year = digits(text, 0, 4);
            int month = len > 4 ? digits(text, 5, 7) : 0;
            int day = len > 7 ? digits(text, 8, 10) : 0;
            if (year > 0 && month >= 0 && day >= 0 && (len == 4 || text.charAt(4) == '-')
                    && (len <= 7 || text.charAt(7) == '-')
                    && (len == 4 || (month >= 1 && month <= 12))
                    && (len <= 7 || (day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()))) {
                return new PartialDate(year, month, day);
            }
        }
        return parseLevel1(text, body, qualifier);
    }

    /** The full reader, which also explains every refusal by position. */
    private static PartialDate parseLevel1(CharSequence text, int body, byte qualifier) {
        int len = text.length();
        if (len == 0) {
            throw invalid(text, "empty; expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        for (int i = 0; i < body; i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '~' || c == '%') {
                throw invalid(text, i, "a qualifier ('" + c + "') may only end the date;"
                        + " qualifying a single component is EDTF level 2, which is not supported");
            }
        }
        if (body > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            throw invalid(text, 0, "a signed year is not supported (years 0001..9999 only)");
        }
        if (body > 0 && text.charAt(0) == 'Y') {
            throw invalid(text, 0, "a 'Y'-prefixed year is not supported (years 0001..9999 only)");
        }
        // year: four characters, digits then at most two X at the right
        int year = 0;
        int yearX = 0;
        for (int i = 0; i < 4; i++) {
            if (i >= body) {
                throw invalid(text, i, "expected four year digits");
            }
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && yearX == 0) {
                year = year * 10 + (c - '0');
            } else if (c == 'X') {
                yearX++;
                year *= 10;
            } else if (c == 'x' || c == 'u') {
                throw invalid(text, i, "an unspecified digit is written 'X' (capital)");
            } else if (c >= '0' && c <= '9') {
                throw invalid(text, i, "a digit after 'X': EDTF level 1 leaves only the rightmost"
                        + " year digits unspecified");
            } else {
                throw invalid(text, i, "expected a year digit, got " + describe(c));
            }
        }
        if (yearX > 2) {
            throw invalid(text, 4 - yearX, "EDTF level 1 leaves at most the two rightmost year digits"
                    + " unspecified");
        }
        if (yearX == 0 && year == 0) {
            throw invalid(text, 0, "year 0000 is outside 0001..9999");
        }
        if (body == 4) {
            return qualified(text, new PartialDate(year, 0, 0, Precision.YEAR, yearX, false, false,
                    PLAIN), qualifier);
        }
        expectDash(text, 4, body);
        if (yearX != 0) {
            throw invalid(text, 4, "a year with unspecified digits must stand alone in EDTF level 1");
        }
        boolean monthX = unspecifiedPair(text, 5, body);
        int month = monthX ? 0 : pair(text, 5, body, "month");
        if (!monthX && month >= 21 && month <= 41) {
            throw invalid(text, 5, "seasons (month 21 to 41) are not supported");
        }
        if (!monthX && (month < 1 || month > 12)) {
            throw invalid(text, 5, "month " + pad2(month) + " does not exist");
        }
        if (body == 7) {
            return qualified(text, new PartialDate(year, month, 0, Precision.MONTH, 0, monthX, false,
                    PLAIN), qualifier);
        }
        if (body > 7 && text.charAt(7) == 'T') {
            throw invalid(text, 7, "a time of day is not supported");
        }
        expectDash(text, 7, body);
        boolean dayX = unspecifiedPair(text, 8, body);
        int day = dayX ? 0 : pair(text, 8, body, "day");
        if (monthX && !dayX) {
            throw invalid(text, 8, "a known day in an unspecified month is EDTF level 2");
        }
        if (!dayX && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw invalid(text, 8, "day " + pad2(day) + " does not exist in " + text.subSequence(0, 7));
        }
        if (body > 10 && text.charAt(10) == 'T') {
            throw invalid(text, 10, "a time of day is not supported");
        }
        if (body > 10) {
            throw invalid(text, 10, "unexpected " + describe(text.charAt(10)) + " after the day");
        }
        return qualified(text, new PartialDate(year, month, day, Precision.DAY, 0, monthX, dayX, PLAIN),
                qualifier);
    }

    private static PartialDate qualified(CharSequence text, PartialDate date, byte qualifier) {
        if (qualifier == PLAIN) {
            return date;
        }
        if (date.isUnspecified()) {
            throw invalid(text, text.length() - 1, "a qualifier on a date with unspecified digits is"
                    + " not EDTF level 1");
        }
        return date.withQualifier(qualifier);
    }

    private static void expectDash(CharSequence text, int at, int body) {
        char c = text.charAt(at);
        if (c != '-') {
            throw invalid(text, at, at == 4 && c >= '0' && c <= '9'
                    ? "expected '-' after four year digits (a year has exactly four digits here)"
                    : "expected '-', got " + describe(c));
        }
    }

    /** Two X at [at, at + 2); a lone X is refused (level 2). */
    private static boolean unspecifiedPair(CharSequence text, int at, int body) {
        boolean a = at < body && text.charAt(at) == 'X';
        boolean b = at + 1 < body && text.charAt(at + 1) == 'X';
        if (a != b) {
            throw invalid(text, a ? at : at + 1, "EDTF level 1 leaves a whole month or day"
                    + " unspecified ('XX'), not one digit");
        }
        return a;
    }

    private static int pair(CharSequence text, int at, int body, String what) {
        int value = 0;
        for (int i = at; i < at + 2; i++) {
            if (i >= body) {
                throw invalid(text, i, "expected two " + what + " digits");
            }
            char c = text.charAt(i);
            if (c == 'x' || c == 'u') {
                throw invalid(text, i, "an unspecified digit is written 'X' (capital)");
            }
            if (c < '0' || c > '9') {
                throw invalid(text, i, "expected a " + what + " digit, got " + describe(c));
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String describe(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        return String.format("U+%04X", (int) c);
    }

    /** Reads ASCII digits in [from, to), or returns -1 if any character is not one. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static InvalidDateException invalid(CharSequence text, int index, String why) {
        return invalid(text, "at position " + (index + 1) + ", " + why);
    }

    private static InvalidDateException invalid(CharSequence text, String why) {
        String input = text.toString();
        return new InvalidDateException("Invalid partial date '" + input + "': " + why, input);
    }

    private static void checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " is outside 1..9999");
        }
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Month " + month + " is outside 1..12");
        }
    }

    private static String pad2(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /**
     * Returns the precision, that is the unit this date names.
     *
     * @return the precision, not null
     */
    public Precision getPrecision() {
        return precision;
    }

    /**
     * Tells whether the source marks this date uncertain ({@code ?} or {@code %}).
     *
     * @return true for {@code 1984?} and {@code 1984%}
     */
    public boolean isUncertain() {
        return (qualifier & UNCERTAIN) != 0;
    }

    /**
     * Tells whether the source marks this date approximate ({@code ~} or {@code %}).
     *
     * @return true for {@code 1984~} and {@code 1984%}
     */
    public boolean isApproximate() {
        return (qualifier & APPROXIMATE) != 0;
    }

    /**
     * Tells whether the date carries a qualifier ({@code ?}, {@code ~} or {@code %}), so that the
     * relations read it over its neighbourhood (see the class description).
     *
     * @return true if uncertain or approximate
     */
    public boolean isQualified() {
        return qualifier != PLAIN;
    }

    /**
     * Returns how many units of the date's precision the relations reach beyond its unit on each side:
     * 0 for a plain date, 1 for {@code ?} or {@code ~}, 2 for {@code %}.
     *
     * @return 0, 1 or 2
     */
    public int qualifierReach() {
        return reach(qualifier);
    }

    /**
     * Tells whether any digit is unspecified ({@code X}).
     *
     * @return true for {@code 201X}, {@code 2004-XX}, {@code 1985-04-XX} and the like
     */
    public boolean isUnspecified() {
        return yearX != 0 || monthX || dayX;
    }

    /**
     * Returns how many rightmost year digits are unspecified.
     *
     * @return 0, 1 ({@code 201X}) or 2 ({@code 20XX})
     */
    public int getUnspecifiedYearDigits() {
        return yearX;
    }

    /**
     * Tells whether the month is written {@code XX}, as in {@code 2004-XX} and {@code 1985-XX-XX}.
     *
     * @return true if the precision is month or day and the month is not known
     */
    public boolean isMonthUnspecified() {
        return monthX;
    }

    /**
     * Tells whether the day is written {@code XX}, as in {@code 1985-04-XX} and {@code 1985-XX-XX}.
     *
     * @return true if the precision is day and the day is not known
     */
    public boolean isDayUnspecified() {
        return dayX;
    }

    /**
     * Returns this date with the given qualifier and nothing else changed: {@code (true, false)} gives
     * {@code 1984?}, {@code (false, true)} {@code 1984~}, {@code (true, true)} {@code 1984%} and
     * {@code (false, false)} the plain date.
     *
     * @param uncertain whether the result is uncertain
     * @param approximate whether the result is approximate
     * @return the date, not null
     * @throws IllegalArgumentException if a qualifier is asked for a date with unspecified digits,
     *     which EDTF level 1 does not allow
     */
    public PartialDate withQualifier(boolean uncertain, boolean approximate) {
        byte q = (byte) ((uncertain ? UNCERTAIN : 0) | (approximate ? APPROXIMATE : 0));
        if (q != PLAIN && isUnspecified()) {
            throw new IllegalArgumentException("A date with unspecified digits takes no qualifier in EDTF"
                    + " level 1: " + this);
        }
        return withQualifier(q);
    }

    private PartialDate withQualifier(byte q) {
        if (q == qualifier) {
            return this;
        }
        return new PartialDate(year, month, day, precision, yearX, monthX, dayX, q);
    }

    /**
     * Returns this date without its qualifier.
     *
     * @return the plain date, not null; this date if it has no qualifier
     */
    public PartialDate withoutQualifier() {
        return withQualifier(PLAIN);
    }

    /** Epoch day of the first day of the neighbourhood the relations read (first day if plain). */
    long relationLow() {
        return low;
    }

    /** Epoch day of the last day of the neighbourhood the relations read (last day if plain). */
    long relationHigh() {
        return high;
    }

    /**
     * Returns the year; for a year with unspecified digits, the first year it may be ({@code 201X}
     * gives 2010, {@code 000X} gives 0).
     *
     * @return the year, 0 to 9999
     */
    public int getYear() {
        return year;
    }

    /**
     * Returns the month, present for month and day precision unless the month is unspecified.
     *
     * @return the month 1 to 12, or empty for year precision and for {@code 2004-XX}
     */
    public OptionalInt getMonth() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /**
     * Returns the day of the month, present for day precision only.
     *
     * @return the day of the month, or empty for year and month precision and for an unspecified day
     */
    public OptionalInt getDay() {
        return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
    }

    /**
     * Returns the first day of the unit: {@code 2016-02} gives 2016-02-01, {@code 201X} 2010-01-01. A
     * qualifier does not move it ({@code 2016~} gives 2016-01-01).
     *
     * @return the earliest day, not null
     */
    public LocalDate earliestDay() {
        return LocalDate.ofEpochDay(first);
    }

    /**
     * Returns the last day of the unit: {@code 2016-02} gives 2016-02-29, {@code 201X} 2019-12-31. A
     * qualifier does not move it.
     *
     * @return the latest day, not null
     */
    public LocalDate latestDay() {
        return LocalDate.ofEpochDay(last);
    }

    /** The first day of the unit as an epoch day, without creating a {@link LocalDate}. */
    long earliestEpochDay() {
        return first;
    }

    /** The last day of the unit as an epoch day, without creating a {@link LocalDate}. */
    long latestEpochDay() {
        return last;
    }

    /**
     * Tells whether this date lies in the unit the outer one names, as the refinement principle reads
     * two records: {@code 2013-06} lies in {@code 2013}, and so does {@code 2013} itself. It holds only
     * between plain dates: a date that is uncertain or approximate may lie in a neighbouring unit, so
     * it lies in no unit surely.
     *
     * @param outer the outer date, not null
     * @return true if neither date is qualified and {@code outer} {@linkplain #encloses encloses} this
     *     date
     * @throws NullPointerException if {@code outer} is null
     */
    public boolean liesInUnitOf(PartialDate outer) {
        Objects.requireNonNull(outer, "outer");
        return qualifier == PLAIN && outer.qualifier == PLAIN && outer.encloses(this);
    }

    /**
     * Tells whether a record's date lies before a reference date, reading a date that lies in the
     * reference's unit ({@link #liesInUnitOf}) as no earlier: {@code 2013-06} does not precede
     * {@code 2013}, although some day of 2013 follows every day of June 2013. Otherwise the answer is
     * that of {@link #isBefore}.
     *
     * @param reference the reference date, not null
     * @return NO if this date lies in the reference's unit, else {@code isBefore(reference)}
     * @throws NullPointerException if {@code reference} is null
     */
    public Answer precedes(PartialDate reference) {
        Objects.requireNonNull(reference, "reference");
        return liesInUnitOf(reference) ? Answer.NO : isBefore(reference);
    }

    /**
     * Tells whether a record's date lies after a reference date, reading a date that lies in the
     * reference's unit ({@link #liesInUnitOf}) as no later; the mirror of {@link #precedes}.
     *
     * @param reference the reference date, not null
     * @return NO if this date lies in the reference's unit, else {@code isAfter(reference)}
     * @throws NullPointerException if {@code reference} is null
     */
    public Answer follows(PartialDate reference) {
        Objects.requireNonNull(reference, "reference");
        return liesInUnitOf(reference) ? Answer.NO : isAfter(reference);
    }

    /**
     * Tells whether this date's unit starts on the day after the previous date's unit ends:
     * {@code 2021} right after {@code 2020}, {@code 1997-06} right after {@code 1997-05}, but not
     * {@code 2021-02} after {@code 2020}. This compares the units as written; qualifiers play no part.
     *
     * @param previous the previous date, not null
     * @return true if {@code earliestDay()} is the day after {@code previous.latestDay()}
     * @throws NullPointerException if {@code previous} is null
     */
    public boolean startsRightAfter(PartialDate previous) {
        Objects.requireNonNull(previous, "previous");
        return first == previous.last + 1;
    }

    /**
     * Tells whether the units of the two dates share at least one day: {@code 2013} and
     * {@code 2013-06}, {@code 2013-06} and {@code 2013-06-30}, but not {@code 2013} and {@code 2014}.
     * Symmetric. This compares the units as written; qualifiers play no part (see {@link #agreesWith}
     * for the reading that weighs them).
     *
     * @param other the other date, not null
     * @return true if some day lies in both units
     * @throws NullPointerException if {@code other} is null
     */
    public boolean sharesDayWith(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return first <= other.last && other.first <= last;
    }

    /**
     * Tells whether the day this date stands for lies strictly before the day the other stands for.
     * {@code 2016-03} is before {@code 2016-04} (YES), {@code 2016} is before {@code 2016-04}
     * (MAYBE), and a date is never YES before itself.
     *
     * @param other the other date, not null
     * @return YES if every day of this unit is before every day of the other, NO if none is before
     *     any, otherwise MAYBE; a qualified date is read over its neighbourhood (class description)
     * @throws NullPointerException if {@code other} is null
     */
    public Answer isBefore(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return Answer.from(low < other.high, high >= other.low);
    }

    /**
     * Tells whether the day this date stands for lies strictly after the day the other stands for;
     * the mirror of {@link #isBefore}.
     *
     * @param other the other date, not null
     * @return YES, NO or MAYBE, as for {@code other.isBefore(this)}
     * @throws NullPointerException if {@code other} is null
     */
    public Answer isAfter(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return other.isBefore(this);
    }

    /**
     * Tells whether the given day belongs to this unit. The answer is exact for a plain date; for a
     * qualified one it is MAYBE on the days of its unit and of its neighbourhood, since a neighbouring
     * value of the date would not contain them or would.
     *
     * @param day the day, not null
     * @return for a plain date YES if the day lies from {@link #earliestDay()} to {@link #latestDay()},
     *     else NO; for a qualified date MAYBE in its neighbourhood, else NO
     * @throws NullPointerException if {@code day} is null
     */
    public Answer contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        long d = day.toEpochDay();
        if (qualifier != PLAIN) {
            return low <= d && d <= high ? Answer.MAYBE : Answer.NO;
        }
        return Answer.of(first <= d && d <= last);
    }

    /**
     * Tells whether every day of the other date's unit lies within this one's unit: {@code 2016}
     * encloses {@code 2016-11} and {@code 2016-11-30} and itself, but not {@code 2017-01}. This
     * compares the units as written; qualifiers play no part (see {@link #refines} for the reading
     * that weighs them).
     *
     * @param other the other date, not null
     * @return true if the other unit lies within this unit
     * @throws NullPointerException if {@code other} is null
     */
    public boolean encloses(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return first <= other.first && other.last <= last;
    }

    /**
     * Tells whether this date says at least what the other says, at least as precisely: its unit lies
     * within the other's ({@code 1993-05} refines {@code 1993}; a date refines itself). Read over the
     * neighbourhoods: {@code 1993} refines {@code 1993~}, {@code 1993-05~} refines {@code 1993}, but
     * {@code 1993~} does not refine {@code 1993} (it allows 1992).
     *
     * @param other the other date, not null
     * @return true if this date's neighbourhood lies within the other's
     * @throws NullPointerException if {@code other} is null
     */
    public boolean refines(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return other.low <= low && high <= other.high;
    }

    /**
     * Tells whether two records of one single-valued fact giving these dates can both be true: their
     * units share a day ({@code 1993} and {@code 1993-05} agree; {@code 1991} and {@code 1993} do not).
     * Symmetric. Read over the neighbourhoods: {@code 1992~} agrees with {@code 1993}.
     *
     * @param other the other date, not null
     * @return true if the neighbourhoods share a day
     * @throws NullPointerException if {@code other} is null
     */
    public boolean agreesWith(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return low <= other.high && other.low <= high;
    }

    /**
     * Compares by earliest day, then by latest day, so that {@code 2016-01-01} sorts before
     * {@code 2016-01}, which sorts before {@code 2016} (same start, earlier end first); then, for the
     * same days, by precision (year first: {@code 2004} before {@code 2004-XX}), by unspecified
     * digits, and by qualifier (plain, {@code ?}, {@code ~}, {@code %}). Consistent with
     * {@code equals}.
     *
     * @param o the other date, not null
     * @return negative, zero or positive
     * @throws NullPointerException if {@code o} is null
     */
    @Override
    public int compareTo(PartialDate o) {
        Objects.requireNonNull(o, "o");
        int c = Long.compare(first, o.first);
        if (c == 0) {
            c = Long.compare(last, o.last);
        }
        if (c == 0) {
            c = precision.compareTo(o.precision);
        }
        if (c == 0) {
            c = Integer.compare(unspecifiedCode(), o.unspecifiedCode());
        }
        return c != 0 ? c : Integer.compare(qualifier, o.qualifier);
    }

    private int unspecifiedCode() {
        return yearX | (monthX ? 4 : 0) | (dayX ? 8 : 0);
    }

    /**
     * Compares year, month and day, including precision, unspecified digits and qualifier:
     * {@code 2016} does not equal {@code 2016-01}, {@code 2016-XX} or {@code 2016~}.
     *
     * @param obj the object to compare, may be null
     * @return true if {@code obj} is a partial date with the same value and precision
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PartialDate)) {
            return false;
        }
        PartialDate o = (PartialDate) obj;
        return year == o.year && month == o.month && day == o.day && precision == o.precision
                && yearX == o.yearX && monthX == o.monthX && dayX == o.dayX && qualifier == o.qualifier;
    }

    /**
     * Returns a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        // The first day and the length identify the unit. The first day changes the low bits from one
        // unit to the next, which hash tables index by (fields shifted left had left them zero for months).
        int h = 31 * Long.hashCode(first) + (int) (last - first);
        return isUnspecified() || qualifier != PLAIN || precision != plainPrecision()
                ? 31 * h + 16 * qualifier + unspecifiedCode() + precision.ordinal() : h;
    }

    private Precision plainPrecision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /**
     * Returns the EDTF text: {@code 2016}, {@code 2016-11} or {@code 2016-11-30}, with {@code X} for
     * unspecified digits ({@code 201X}, {@code 2016-XX}) and the qualifier at the end
     * ({@code 2016-11~}), which {@link #parse} reads back to an equal value.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(11);
        String y = Integer.toString(year);
        for (int i = y.length(); i < 4; i++) {
            sb.append('0');
        }
        sb.append(y);
        for (int i = 0; i < yearX; i++) {
            sb.setCharAt(3 - i, 'X');
        }
        if (precision != Precision.YEAR) {
            sb.append('-').append(monthX ? "XX" : pad2(month));
        }
        if (precision == Precision.DAY) {
            sb.append('-').append(dayX ? "XX" : pad2(day));
        }
        if (qualifier != PLAIN) {
            sb.append(qualifier == UNCERTAIN ? '?' : qualifier == APPROXIMATE ? '~' : '%');
        }
        return sb.toString();
    }

    /**
     * Serializes the date as its text, read back through {@link #parse(CharSequence)}.
     *
     * @return the serialized form
     */
    private Object writeReplace() {
        return new SerializedText(false, toString());
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
