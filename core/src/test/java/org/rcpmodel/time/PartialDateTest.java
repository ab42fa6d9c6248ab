package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2013", "2016-11", "2025-04-24", "0001", "9999-12-31", "2016-02-29"})
    void parseReadsBackWhatToStringWrites(String text) {
        assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-13", "-01", "20131", "", "2013-1", " 2013", "2013 ",
        "2013-00", "0000", "2013-01-00", "2013-04-31", "2015-02-29", "+2013", "2013/01", "201a",
        "2013-01-1", "2013-01-011", "١٢٣٤", "2013--01"})
    void parseRejectsTextThatIsNotAnExistingPartialDateAndNamesIt(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(InvalidDateException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .satisfies(e -> assertThat(((InvalidDateException) e).getInput()).isEqualTo(text));
    }

    @Test
    void parseRejectsNullWithTheParameterName() {
        assertThatThrownBy(() -> PartialDate.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void parseAcceptsTheLeapDayOnlyInLeapYears() {
        assertThat(PartialDate.parse("2016-02-29").getDay()).hasValue(29);
        assertThatThrownBy(() -> PartialDate.parse("1900-02-29")).isInstanceOf(InvalidDateException.class);
        assertThat(PartialDate.parse("2000-02-29").getDay()).hasValue(29);
    }

    @Test
    void precisionAndFieldsFollowTheText() {
        PartialDate year = PartialDate.parse("2013");
        PartialDate month = PartialDate.parse("2016-11");
        PartialDate day = PartialDate.parse("2025-04-24");
        assertThat(year.getPrecision()).isEqualTo(Precision.YEAR);
        assertThat(year.getYear()).isEqualTo(2013);
        assertThat(year.getMonth()).isEmpty();
        assertThat(year.getDay()).isEmpty();
        assertThat(month.getPrecision()).isEqualTo(Precision.MONTH);
        assertThat(month.getMonth()).hasValue(11);
        assertThat(month.getDay()).isEmpty();
        assertThat(day.getPrecision()).isEqualTo(Precision.DAY);
        assertThat(day.getMonth()).hasValue(4);
        assertThat(day.getDay()).hasValue(24);
    }

    @Test
    void factoriesAgreeWithParse() {
        assertThat(PartialDate.ofYear(2013)).isEqualTo(PartialDate.parse("2013"));
        assertThat(PartialDate.ofYearMonth(2016, 11)).isEqualTo(PartialDate.parse("2016-11"));
        assertThat(PartialDate.of(2025, 4, 24)).isEqualTo(PartialDate.parse("2025-04-24"));
        assertThat(PartialDate.of(LocalDate.of(2025, 4, 24))).isEqualTo(PartialDate.parse("2025-04-24"));
        assertThat(PartialDate.of(YearMonth.of(2016, 11))).isEqualTo(PartialDate.parse("2016-11"));
        assertThat(PartialDate.ofYear(12).toString()).isEqualTo("0012");
    }

    @Test
    void factoriesRejectDatesThatDoNotExist() {
        assertThatThrownBy(() -> PartialDate.of(2023, 2, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofYearMonth(2023, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofYear(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofYear(10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of(LocalDate.of(-5, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of((LocalDate) null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    @Test
    void earliestAndLatestDayBoundTheUnit() {
        assertThat(PartialDate.parse("2016-02").earliestDay()).isEqualTo(LocalDate.of(2016, 2, 1));
        assertThat(PartialDate.parse("2016-02").latestDay()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(PartialDate.parse("2015-02").latestDay()).isEqualTo(LocalDate.of(2015, 2, 28));
        assertThat(PartialDate.parse("2013").earliestDay()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(PartialDate.parse("2013").latestDay()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(PartialDate.parse("2025-04-24").earliestDay()).isEqualTo(LocalDate.of(2025, 4, 24));
        assertThat(PartialDate.parse("2025-04-24").latestDay()).isEqualTo(LocalDate.of(2025, 4, 24));
    }

    @Test
    void equalityIncludesPrecision() {
        assertThat(PartialDate.parse("2016")).isNotEqualTo(PartialDate.parse("2016-01"));
        assertThat(PartialDate.parse("2016-01")).isNotEqualTo(PartialDate.parse("2016-01-01"));
        assertThat(PartialDate.parse("2016-01")).isEqualTo(PartialDate.ofYearMonth(2016, 1))
                .hasSameHashCodeAs(PartialDate.ofYearMonth(2016, 1));
    }

    @Test
    void compareToOrdersByEarliestDayThenLatestDay() {
        List<PartialDate> dates = new ArrayList<>();
        for (String s : new String[] {"2017", "2016-01", "2016-01-01", "2016", "2015-12-31", "2016-02"}) {
            dates.add(PartialDate.parse(s));
        }
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2015-12-31", "2016-01-01", "2016-01", "2016", "2016-02", "2017");
        assertThat(PartialDate.parse("2016").compareTo(PartialDate.parse("2016"))).isZero();
    }

    @Test
    void orderOfDatesIsThreeValued() {
        PartialDate y2016 = PartialDate.parse("2016");
        PartialDate march = PartialDate.parse("2016-03");
        PartialDate april = PartialDate.parse("2016-04");
        assertThat(march.isBefore(april)).isEqualTo(Answer.YES);
        assertThat(april.isBefore(march)).isEqualTo(Answer.NO);
        assertThat(y2016.isBefore(april)).isEqualTo(Answer.MAYBE);
        assertThat(april.isAfter(y2016)).isEqualTo(Answer.MAYBE);
        assertThat(april.isAfter(march)).isEqualTo(Answer.YES);
        PartialDate day = PartialDate.parse("2016-04-05");
        assertThat(day.isBefore(day)).isEqualTo(Answer.NO);
        assertThat(y2016.isBefore(y2016)).isEqualTo(Answer.MAYBE);
    }

    @Test
    void containsADayIsExactAndEnclosesComparesUnits() {
        PartialDate month = PartialDate.parse("2016-02");
        assertThat(month.contains(LocalDate.of(2016, 2, 29))).isEqualTo(Answer.YES);
        assertThat(month.contains(LocalDate.of(2016, 3, 1))).isEqualTo(Answer.NO);
        assertThat(PartialDate.parse("2016").encloses(month)).isTrue();
        assertThat(month.encloses(month)).isTrue();
        assertThat(month.encloses(PartialDate.parse("2016"))).isFalse();
        assertThat(month.encloses(PartialDate.parse("2016-03-01"))).isFalse();
    }

    @Test
    void serializationRoundTripsTheValue() throws Exception {
        PartialDate date = PartialDate.parse("2016-02");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(date);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            PartialDate read = (PartialDate) in.readObject();
            assertThat(read).isEqualTo(date);
            assertThat(read.latestDay()).isEqualTo(LocalDate.of(2016, 2, 29));
        }
    }

    @Test
    void hashCodesOfMonthsAndYearsSpreadOverTheLowBitsHashTablesIndexBy() {
        // A hash that left the low bits zero for months put all month keys of a small HashMap in one or
        // two buckets, which then turned into trees (found profiling the rule engine).
        java.util.Set<Integer> monthBuckets = new java.util.HashSet<>();
        java.util.Set<Integer> yearBuckets = new java.util.HashSet<>();
        for (int year = 1990; year < 2030; year++) {
            yearBuckets.add(PartialDate.ofYear(year).hashCode() & 31);
            for (int month = 1; month <= 12; month++) {
                monthBuckets.add(PartialDate.ofYearMonth(year, month).hashCode() & 63);
            }
        }
        assertThat(monthBuckets).hasSizeGreaterThanOrEqualTo(56);
        assertThat(yearBuckets).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void equalDatesHashAlikeAndUnitsSharingAFirstDayStillDiffer() {
        assertThat(PartialDate.parse("2016-11").hashCode()).isEqualTo(PartialDate.ofYearMonth(2016, 11).hashCode());
        assertThat(PartialDate.parse("2016").hashCode()).isNotEqualTo(PartialDate.parse("2016-01").hashCode());
        assertThat(PartialDate.parse("2016-01").hashCode()).isNotEqualTo(PartialDate.parse("2016-01-01").hashCode());
    }
}
