package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EDTF level 1 examples of the standard's own text, and the forms it refuses. */
class EdtfLevel1Test {

    private static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    private static Period p(String text) {
        return Period.parse(text);
    }

    @Test
    void theStandardsQualifiedExamplesKeepTheirDaysAndSayWhatIsInDoubt() {
        PartialDate uncertainYear = d("1984?");
        assertThat(uncertainYear.isUncertain()).isTrue();
        assertThat(uncertainYear.isApproximate()).isFalse();
        assertThat(uncertainYear.getPrecision()).isEqualTo(Precision.YEAR);
        assertThat(uncertainYear.earliestDay()).isEqualTo(LocalDate.of(1984, 1, 1));
        assertThat(uncertainYear.latestDay()).isEqualTo(LocalDate.of(1984, 12, 31));

        PartialDate approximateMonth = d("2004-06~");
        assertThat(approximateMonth.isApproximate()).isTrue();
        assertThat(approximateMonth.isUncertain()).isFalse();
        assertThat(approximateMonth.getMonth()).hasValue(6);
        assertThat(approximateMonth.earliestDay()).isEqualTo(LocalDate.of(2004, 6, 1));
        assertThat(approximateMonth.latestDay()).isEqualTo(LocalDate.of(2004, 6, 30));

        PartialDate both = d("2004-06-11%");
        assertThat(both.isUncertain()).isTrue();
        assertThat(both.isApproximate()).isTrue();
        assertThat(both.qualifierReach()).isEqualTo(2);
        assertThat(both.earliestDay()).isEqualTo(LocalDate.of(2004, 6, 11));
        assertThat(both.latestDay()).isEqualTo(LocalDate.of(2004, 6, 11));
    }

    @ParameterizedTest
    @CsvSource({
        "201X, 2010-01-01, 2019-12-31, YEAR",
        "20XX, 2000-01-01, 2099-12-31, YEAR",
        "000X, 0001-01-01, 0009-12-31, YEAR",
        "2004-XX, 2004-01-01, 2004-12-31, MONTH",
        "1985-04-XX, 1985-04-01, 1985-04-30, DAY",
        "1985-XX-XX, 1985-01-01, 1985-12-31, DAY",
        "2016-02-XX, 2016-02-01, 2016-02-29, DAY"
    })
    void unspecifiedDigitsWidenTheDaysAndKeepThePrecisionWritten(String text, LocalDate first, LocalDate last,
            Precision precision) {
        PartialDate date = d(text);
        assertThat(date.isUnspecified()).isTrue();
        assertThat(date.earliestDay()).isEqualTo(first);
        assertThat(date.latestDay()).isEqualTo(last);
        assertThat(date.getPrecision()).isEqualTo(precision);
        assertThat(date.toString()).isEqualTo(text);
    }

    @Test
    void anUnspecifiedMonthIsNotTheYearThoughItHasTheSameDays() {
        assertThat(d("2004-XX")).isNotEqualTo(d("2004"));
        assertThat(d("2004-XX").compareTo(d("2004"))).isPositive();
        assertThat(d("2004-XX").getMonth()).isEmpty();
        assertThat(d("1985-04-XX").getDay()).isEmpty();
        assertThat(d("1985-04-XX").getMonth()).hasValue(4);
        assertThat(d("201X").getYear()).isEqualTo(2010);
        assertThat(d("201X").getUnspecifiedYearDigits()).isEqualTo(1);
        assertThat(d("20XX").getUnspecifiedYearDigits()).isEqualTo(2);
        assertThat(d("1985-XX-XX").isMonthUnspecified()).isTrue();
        assertThat(d("1985-XX-XX").isDayUnspecified()).isTrue();
    }

    @Test
    void aQualifiedDateIsNotEqualToThePlainOneAndSortsAfterIt() {
        assertThat(d("2000~")).isNotEqualTo(d("2000")).isNotEqualTo(d("2000?"));
        assertThat(d("2000").compareTo(d("2000?"))).isNegative();
        assertThat(d("2000?").compareTo(d("2000~"))).isNegative();
        assertThat(d("2000~").compareTo(d("2000%"))).isNegative();
        assertThat(d("2000~").withoutQualifier()).isEqualTo(d("2000"));
        assertThat(d("2000").withQualifier(true, true)).isEqualTo(d("2000%"));
        assertThatThrownBy(() -> d("201X").withQualifier(false, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("201X");
    }

    @Test
    void circaTwoThousandIsBeforeTwentyTenButOnlyMaybeBeforeMidTwoThousandOne() {
        assertThat(d("2000~").isBefore(d("2010"))).isEqualTo(Answer.YES);
        assertThat(d("2000").isBefore(d("2001-06"))).isEqualTo(Answer.YES);
        assertThat(d("2000~").isBefore(d("2001-06"))).isEqualTo(Answer.MAYBE);
        assertThat(d("2000~").isBefore(d("2002"))).isEqualTo(Answer.YES);
        assertThat(d("2000%").isBefore(d("2002"))).isEqualTo(Answer.MAYBE);
        assertThat(d("2000?").isAfter(d("1998-12-31"))).isEqualTo(Answer.YES);
        assertThat(d("2000?").isAfter(d("1999-12-31"))).isEqualTo(Answer.MAYBE);
    }

    @Test
    void aQualifiedDateContainsItsOwnDaysOnlyPossibly() {
        assertThat(d("2004-06-11").contains(LocalDate.of(2004, 6, 11))).isEqualTo(Answer.YES);
        assertThat(d("2004-06-11?").contains(LocalDate.of(2004, 6, 11))).isEqualTo(Answer.MAYBE);
        assertThat(d("2004-06-11?").contains(LocalDate.of(2004, 6, 12))).isEqualTo(Answer.MAYBE);
        assertThat(d("2004-06-11?").contains(LocalDate.of(2004, 6, 13))).isEqualTo(Answer.NO);
        assertThat(d("2004-06-11%").contains(LocalDate.of(2004, 6, 13))).isEqualTo(Answer.MAYBE);
        assertThat(d("201X").contains(LocalDate.of(2015, 3, 3))).isEqualTo(Answer.YES);
    }

    @Test
    void recordsOfAFoundingYearAgreeWhenAQualifierReachesTheOther() {
        assertThat(d("1992~").agreesWith(d("1993"))).isTrue();
        assertThat(d("1992").agreesWith(d("1993"))).isFalse();
        assertThat(d("1993").refines(d("1993~"))).isTrue();
        assertThat(d("1993~").refines(d("1993"))).isFalse();
        assertThat(d("1993-05~").refines(d("1993"))).isTrue();
        assertThat(d("1993-05").refines(d("199X"))).isTrue();
        assertThat(d("199X").refines(d("1993"))).isFalse();
    }

    @Test
    void theStandardsQualifiedIntervalsParseAndRoundTrip() {
        for (String text : new String[] {"1984?/2004-06~", "1984~/2004~", "2004-06-11%/..", "../1985-04-XX",
            "201X/", "/2016-XX", "2004-06~", "1964/2008?"}) {
            assertThat(p(text).toString()).isEqualTo(text);
        }
        Period period = p("1984?/2004-06~");
        assertThat(period.getStart()).hasValue(d("1984?"));
        assertThat(period.getEnd()).hasValue(d("2004-06~"));
    }

    @Test
    void aQualifiedEndMakesAnOtherwiseCertainOverlapPossible() {
        assertThat(p("2013/2016").overlaps(p("2017/2018"))).isEqualTo(Answer.NO);
        assertThat(p("2013/2016~").overlaps(p("2017/2018"))).isEqualTo(Answer.MAYBE);
        assertThat(p("2013/2016~").overlaps(p("2018/2019"))).isEqualTo(Answer.NO);
        assertThat(p("2013/2016~").overlaps(p("2016~/2018"))).isEqualTo(Answer.NO); // a hand-over
        assertThat(p("2013/2016?").contains(LocalDate.of(2014, 1, 1))).isEqualTo(Answer.YES);
        assertThat(p("2014?/2013").isReversed()).isEqualTo(Answer.NO);
        assertThat(p("2016?/2013").isReversed()).isEqualTo(Answer.YES);
        assertThat(p("2016/2013").isReversed()).isEqualTo(Answer.YES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2001-21|position 6|seasons",
        "2001-24~|position 6|seasons",
        "2004-06-11T10:20:30|position 11|time of day",
        "2004-06T|position 8|time of day",
        "2004-?06-11|position 6|level 2",
        "2004-06?-11|position 8|level 2",
        "?2004|position 1|level 2",
        "2XXX|position 2|two rightmost",
        "XXXX|position 1|two rightmost",
        "2X04|position 3|rightmost",
        "201X-05|position 5|stand alone",
        "2004-X5|position 6|not one digit",
        "2004-1X|position 7|not one digit",
        "1985-XX-05|position 9|level 2",
        "201X?|position 5|unspecified",
        "2004-XX~|position 8|unspecified",
        "201x|position 4|capital",
        "2004-uu|position 6|capital",
        "-2004|position 1|signed",
        "Y170000002|position 1|Y",
        "1984??|position 5|only end",
        "2004-13~|position 6|does not exist",
        "2003-02-29?|position 9|does not exist",
        "0000~|position 1|0000",
        "2004-06-111|position 11|after the day"
    })
    void formsOutsideLevel1AreRefusedNamingThePosition(String text, String position, String reason) {
        assertThatThrownBy(() -> d(text))
                .isInstanceOf(InvalidDateException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining(position)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((InvalidDateException) e).getInput()).isEqualTo(text));
    }

    @Test
    void theFirstAndLastDaysOfTheCalendarTakeQualifiersWhoseReachGoesBeyondThem() {
        PartialDate last = d("9999-12-31%");
        PartialDate first = d("0001~");
        assertThat(last.latestDay()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(first.earliestDay()).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(d("9999-12-30").isBefore(last)).isEqualTo(Answer.MAYBE);
        assertThat(d("0002-06").isAfter(first)).isEqualTo(Answer.MAYBE);
        assertThat(d("0003").isAfter(first)).isEqualTo(Answer.YES);
        assertThat(p("0001~/9999-12-31%").contains(LocalDate.of(2000, 1, 1))).isEqualTo(Answer.YES);
        assertThat(Span.of(p("0001~/..")).earliestStartDay()).isEqualTo(LocalDate.of(0, 1, 1).toEpochDay());
    }

    @Test
    void aQualifiedOpenOrUnknownEndIsRefused() {
        assertThatThrownBy(() -> p("2004/..~")).isInstanceOf(InvalidDateException.class)
                .hasMessageContaining("'2004/..~'");
        assertThatThrownBy(() -> p("2004/2005-21")).isInstanceOf(InvalidDateException.class)
                .hasMessageContaining("seasons");
    }
}
