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
 * day ({@code 2016-11-30}), in the proleptic ISO calendar, for the years 0001 to 9999.
 *
 * <p>A partial date names a unit of time: "some day in 2016". Its <em>refinements</em> are the days of
 * that unit, from {@link #earliestDay()} to {@link #latestDay()}. Questions about the order of two
 * partial dates therefore have three answers (see {@link Answer}).
 *
 * <p>Instances are immutable and thread-safe. {@code equals} compares the value including its
 * precision, so {@code 2016} is not equal to {@code 2016-01}. The natural order ({@link #compareTo})
 * is by earliest day, then latest day, and is consistent with {@code equals}. {@link #toString()}
 * gives the ISO 8601 text that {@link #parse} reads back. All methods reject null arguments with a
 * {@link NullPointerException} naming the parameter.
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The year (never written: a date is serialized as its text, see {@code writeReplace}). */
    private final int year;
    /** 1..12, or 0 when the precision is YEAR. */
    private final int month;
    /** 1..31, or 0 when the precision is YEAR or MONTH. */
    private final int day;
    /** Epoch day of the earliest day of the unit. */
    private final transient long first;
    /** Epoch day of the latest day of the unit. */
    private final transient long last;

    private PartialDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
        if (day != 0) {
            this.first = LocalDate.of(year, month, day).toEpochDay();
            this.last = first;
        } else if (month != 0) {
            YearMonth ym = YearMonth.of(year, month);
            this.first = ym.atDay(1).toEpochDay();
            this.last = ym.atEndOfMonth().toEpochDay();
        } else {
            this.first = LocalDate.of(year, 1, 1).toEpochDay();
            this.last = LocalDate.of(year, 12, 31).toEpochDay();
        }
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
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: exactly four year digits (0001 to
     * 9999), two month digits and two day digits, with no sign, space or other character, naming a
     * date that exists.
     *
     * @param text the text, not null
     * @return the partial date, not null
     * @throws InvalidDateException if the text is not such a date, such as {@code 2023-02-30},
     *     {@code 2023-13}, {@code 2013-1}, {@code 0000}, {@code " 2013"} or the empty string
     * @throws NullPointerException if {@code text} is null
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int len = text.length();
        if (len != 4 && len != 7 && len != 10) {
            throw invalid(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = digits(text, 0, 4);
        if (year < 0 || (len > 4 && text.charAt(4) != '-')) {
            throw invalid(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (year == 0) {
            throw invalid(text, "year 0000 is outside 0001..9999");
        }
        if (len == 4) {
            return new PartialDate(year, 0, 0);
        }
        int month = digits(text, 5, 7);
        if (month < 0 || (len > 7 && text.charAt(7) != '-')) {
            throw invalid(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (month < 1 || month > 12) {
            throw invalid(text, "month " + pad2(month) + " does not exist");
        }
        if (len == 7) {
            return new PartialDate(year, month, 0);
        }
        int day = digits(text, 8, 10);
        if (day < 0) {
            throw invalid(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw invalid(text, "day " + pad2(day) + " does not exist in " + text.subSequence(0, 7));
        }
        return new PartialDate(year, month, day);
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
        if (day != 0) {
            return Precision.DAY;
        }
        return month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /**
     * Returns the year.
     *
     * @return the year, 1 to 9999
     */
    public int getYear() {
        return year;
    }

    /**
     * Returns the month, present for month and day precision.
     *
     * @return the month 1 to 12, or empty for year precision
     */
    public OptionalInt getMonth() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /**
     * Returns the day of the month, present for day precision only.
     *
     * @return the day of the month, or empty for year and month precision
     */
    public OptionalInt getDay() {
        return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
    }

    /**
     * Returns the first day of the unit: {@code 2016-02} gives 2016-02-01.
     *
     * @return the earliest day, not null
     */
    public LocalDate earliestDay() {
        return LocalDate.ofEpochDay(first);
    }

    /**
     * Returns the last day of the unit: {@code 2016-02} gives 2016-02-29.
     *
     * @return the latest day, not null
     */
    public LocalDate latestDay() {
        return LocalDate.ofEpochDay(last);
    }

    /**
     * Returns the first day of the unit as an epoch day ({@link LocalDate#toEpochDay()}), without
     * creating a {@link LocalDate}: the form for comparing many dates.
     *
     * @return the epoch day of {@link #earliestDay()}
     */
    public long earliestEpochDay() {
        return first;
    }

    /**
     * Returns the last day of the unit as an epoch day ({@link LocalDate#toEpochDay()}), without
     * creating a {@link LocalDate}.
     *
     * @return the epoch day of {@link #latestDay()}
     */
    public long latestEpochDay() {
        return last;
    }

    /**
     * Tells whether the day this date stands for lies strictly before the day the other stands for.
     * {@code 2016-03} is before {@code 2016-04} (YES), {@code 2016} is before {@code 2016-04}
     * (MAYBE), and a date is never YES before itself.
     *
     * @param other the other date, not null
     * @return YES if every day of this unit is before every day of the other, NO if none is before
     *     any, otherwise MAYBE
     * @throws NullPointerException if {@code other} is null
     */
    public Answer isBefore(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return Answer.from(first < other.last, last >= other.first);
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
     * Tells whether the given day belongs to this unit. The answer is exact.
     *
     * @param day the day, not null
     * @return YES if the day lies from {@link #earliestDay()} to {@link #latestDay()}, else NO
     * @throws NullPointerException if {@code day} is null
     */
    public Answer contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        long d = day.toEpochDay();
        return Answer.of(first <= d && d <= last);
    }

    /**
     * Tells whether every day of the other date's unit lies within this one's unit: {@code 2016}
     * encloses {@code 2016-11} and {@code 2016-11-30} and itself, but not {@code 2017-01}.
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
     * within the other's ({@code 1993-05} refines {@code 1993}; a date refines itself).
     *
     * @param other the other date, not null
     * @return true if this unit lies within the other's
     * @throws NullPointerException if {@code other} is null
     */
    public boolean refines(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return other.encloses(this);
    }

    /**
     * Tells whether two records of one single-valued fact giving these dates can both be true: their
     * units share a day ({@code 1993} and {@code 1993-05} agree; {@code 1991} and {@code 1993} do not).
     * Symmetric.
     *
     * @param other the other date, not null
     * @return true if the units share a day
     * @throws NullPointerException if {@code other} is null
     */
    public boolean agreesWith(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return first <= other.last && other.first <= last;
    }

    /**
     * Compares by earliest day, then by latest day, so that {@code 2016-01-01} sorts before
     * {@code 2016-01}, which sorts before {@code 2016} (same start, earlier end first). Consistent with
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
        return c != 0 ? c : Long.compare(last, o.last);
    }

    /**
     * Compares year, month and day, including precision: {@code 2016} does not equal
     * {@code 2016-01}.
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
        return year == o.year && month == o.month && day == o.day;
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
        return 31 * Long.hashCode(first) + (int) (last - first);
    }

    /**
     * Returns the ISO 8601 text: {@code 2016}, {@code 2016-11} or {@code 2016-11-30}, which
     * {@link #parse} reads back to an equal value.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        String y = Integer.toString(year);
        for (int i = y.length(); i < 4; i++) {
            sb.append('0');
        }
        sb.append(y);
        if (month != 0) {
            sb.append('-').append(pad2(month));
        }
        if (day != 0) {
            sb.append('-').append(pad2(day));
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
