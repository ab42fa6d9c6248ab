package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rcpmodel.time.Period.BoundKind;

class PeriodTest {

    private static Period p(String text) {
        return Period.parse(text);
    }

    private static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023/2024", "2025-04/..", "../2012", "2013-06/2016-11", "2013/", "/2012",
        "../..", "/", "2025-04-24", "2016", "2016-11", "../", "/..", "2016/2013", "2016-03/2016",
        "2016-01-01/2016-01-01-nope"})
    void parseReadsBackWhatToStringWritesOrRejectsIt(String text) {
        if (text.endsWith("nope")) {
            assertThatThrownBy(() -> p(text)).isInstanceOf(InvalidDateException.class);
        } else {
            assertThat(p(text).toString()).isEqualTo(text);
        }
    }

    @Test
    void parseReadsEachKindOfBound() {
        Period closed = p("2013-06/2016-11");
        assertThat(closed.getStartKind()).isEqualTo(BoundKind.KNOWN);
        assertThat(closed.getStart()).hasValue(d("2013-06"));
        assertThat(closed.getEnd()).hasValue(d("2016-11"));
        Period open = p("2025-04/..");
        assertThat(open.getEndKind()).isEqualTo(BoundKind.OPEN);
        assertThat(open.getEnd()).isEmpty();
        Period unknownEnd = p("2013/");
        assertThat(unknownEnd.getEndKind()).isEqualTo(BoundKind.UNKNOWN);
        assertThat(unknownEnd.getEnd()).isEmpty();
        Period unknownStart = p("/2012");
        assertThat(unknownStart.getStartKind()).isEqualTo(BoundKind.UNKNOWN);
        assertThat(p("../2012").getStartKind()).isEqualTo(BoundKind.OPEN);
        assertThat(p("/")).isEqualTo(Period.unknown());
        assertThat(p("../..")).isEqualTo(Period.of(BoundKind.OPEN, null, BoundKind.OPEN, null));
    }

    @Test
    void aBareDateIsThePeriodOfThatUnitAndPrintsBare() {
        assertThat(p("2025-04-24")).isEqualTo(Period.of(d("2025-04-24")))
                .isEqualTo(Period.of(d("2025-04-24"), d("2025-04-24")));
        assertThat(p("2025-04-24/2025-04-24").toString()).isEqualTo("2025-04-24");
    }

    @Test
    void factoriesBuildTheSamePeriodsAsParse() {
        assertThat(Period.startingAt(d("2025-04"))).isEqualTo(p("2025-04/.."));
        assertThat(Period.endingAt(d("2012"))).isEqualTo(p("../2012"));
        assertThat(Period.of(d("2023"), d("2024"))).isEqualTo(p("2023/2024"))
                .hasSameHashCodeAs(p("2023/2024"));
        assertThat(Period.of(BoundKind.KNOWN, d("2013"), BoundKind.UNKNOWN, null)).isEqualTo(p("2013/"));
        assertThat(Period.of(BoundKind.UNKNOWN, null, BoundKind.UNKNOWN, null)).isEqualTo(Period.unknown());
    }

    @Test
    void anUnknownStartIsNotAnOpenStart() {
        assertThat(p("/2012")).isNotEqualTo(p("../2012"));
        assertThat(p("/2012").contains(LocalDate.of(1900, 1, 1))).isEqualTo(Answer.MAYBE);
        assertThat(p("../2012").contains(LocalDate.of(1900, 1, 1))).isEqualTo(Answer.YES);
        assertThat(p("../2013").contains(p("/2012"))).isEqualTo(Answer.YES);
        assertThat(p("../2012").contains(p("/2012"))).isEqualTo(Answer.MAYBE);
        assertThat(p("/2013").contains(p("../2012"))).isEqualTo(Answer.NO);
    }

    @Test
    void generalFactoryRejectsInconsistentArguments() {
        assertThatThrownBy(() -> Period.of(BoundKind.KNOWN, null, BoundKind.OPEN, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of(BoundKind.OPEN, d("2013"), BoundKind.OPEN, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of(BoundKind.OPEN, null, BoundKind.UNKNOWN, d("2013")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of(null, null, BoundKind.OPEN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("startKind");
        assertThatThrownBy(() -> Period.of(d("2013"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013/2014/2015", "2013-13/2014", "a/b", "2013 / 2014", "..", "", "...", "../...",
        "2013/2014-02-30", " 2013/2014", "2013/ ", "./2013", "2013-1/2014", "0000/2014", "2013//"})
    void parseRejectsAnythingElseAndNamesTheWholeInput(String text) {
        assertThatThrownBy(() -> p(text))
                .isInstanceOf(InvalidDateException.class)
                .hasMessageContaining("'" + text + "'")
                .satisfies(e -> assertThat(((InvalidDateException) e).getInput()).isEqualTo(text));
    }

    @Test
    void onlyAPeriodWhoseUnitsAreDisjointAndInTheWrongOrderIsReversed() {
        assertThat(p("2016/2013").isReversed()).isEqualTo(Answer.YES);
        assertThat(p("2016-05/2016-03").isReversed()).isEqualTo(Answer.YES);
        assertThat(p("2013/2016").isReversed()).isEqualTo(Answer.NO);
        assertThat(p("2016").isReversed()).isEqualTo(Answer.NO);
        assertThat(p("2016-03/2016").isReversed()).isEqualTo(Answer.NO);
        assertThat(p("2016/2016-03").isReversed()).isEqualTo(Answer.NO);
        assertThat(p("/2012").isReversed()).isEqualTo(Answer.NO);
        assertThat(p("../..").isReversed()).isEqualTo(Answer.NO);
    }

    @Test
    void aReversedPeriodTakesPartInNoRelation() {
        Period reversed = p("2016/2013");
        Period all = p("../..");
        assertThat(reversed.overlaps(all)).isEqualTo(Answer.NO);
        assertThat(all.contains(reversed)).isEqualTo(Answer.NO);
        assertThat(reversed.contains(LocalDate.of(2014, 1, 1))).isEqualTo(Answer.NO);
        assertThat(reversed.touches(p("2017/2018"))).isEqualTo(Answer.NO);
        assertThat(reversed.isBefore(p("2020/2021"))).isEqualTo(Answer.NO);
    }

    @Test
    void kazakhstanHandsOverToKyrgyzstanInsideOneMonth() {
        Period kazakhstan = p("2013-06/2016-11");
        Period kyrgyzstan = p("2016-11/2018-11");
        assertThat(kazakhstan.overlaps(kyrgyzstan)).isEqualTo(Answer.NO);
        assertThat(kyrgyzstan.overlaps(kazakhstan)).isEqualTo(Answer.NO);
        assertThat(kazakhstan.touches(kyrgyzstan)).isEqualTo(Answer.YES);
        assertThat(kyrgyzstan.touches(kazakhstan)).isEqualTo(Answer.YES);
        assertThat(kazakhstan.isBefore(kyrgyzstan)).isEqualTo(Answer.NO);
        assertThat(kyrgyzstan.isAfter(kazakhstan)).isEqualTo(Answer.NO);
        assertThat(kazakhstan.leavesGapBefore(kyrgyzstan)).isEqualTo(Answer.NO);
    }

    @Test
    void handOverInsideOneYearIsNotAnOverlap() {
        Period outgoing = p("2013/2016");
        Period incoming = p("2016/2018");
        assertThat(outgoing.overlaps(incoming)).isEqualTo(Answer.NO);
        assertThat(incoming.overlaps(outgoing)).isEqualTo(Answer.NO);
        assertThat(outgoing.touches(incoming)).isEqualTo(Answer.YES);
        assertThat(outgoing.isBefore(incoming)).isEqualTo(Answer.NO);
        assertThat(outgoing.leavesGapBefore(incoming)).isEqualTo(Answer.NO);
        assertThat(outgoing.contains(incoming)).isEqualTo(Answer.NO);
    }

    @Test
    void handOverOnOneDayIsNotAnOverlap() {
        assertThat(p("2013-06-01/2016-11-30").overlaps(p("2016-11-30/2018"))).isEqualTo(Answer.NO);
        assertThat(p("2013-06-01/2016-11-30").touches(p("2016-11-30/2018"))).isEqualTo(Answer.YES);
    }

    @Test
    void boundsOfDifferentPrecisionAreNoHandOver() {
        assertThat(p("2013/2016").overlaps(p("2016-11/2018"))).isEqualTo(Answer.MAYBE);
        assertThat(p("2013/2016-11").overlaps(p("2016/2018"))).isEqualTo(Answer.MAYBE);
    }

    @Test
    void twoRecordsOfTheSameSingleUnitAreNoHandOver() {
        assertThat(p("2016").overlaps(p("2016"))).isEqualTo(Answer.MAYBE);
        assertThat(p("2025-04-24").overlaps(p("2025-04-24"))).isEqualTo(Answer.YES);
    }

    @Test
    void containsADayAsInTheDomainExamples() {
        assertThat(p("2021/2022").contains(LocalDate.of(2022, 6, 1))).isEqualTo(Answer.MAYBE);
        assertThat(p("2023/2024").contains(LocalDate.of(2024, 1, 1))).isEqualTo(Answer.YES);
        assertThat(p("2025-04/..").contains(LocalDate.of(2030, 1, 1))).isEqualTo(Answer.YES);
        assertThat(p("2025-04/..").contains(LocalDate.of(2025, 4, 10))).isEqualTo(Answer.MAYBE);
        assertThat(p("2025-04/..").contains(LocalDate.of(2025, 3, 31))).isEqualTo(Answer.NO);
    }

    @Test
    void containsAPartialDateAsOneOfItsDays() {
        assertThat(p("2022/2024").contains(d("2023-03"))).isEqualTo(Answer.YES);
        assertThat(p("2023/2024").contains(d("2024-03"))).isEqualTo(Answer.MAYBE);
        assertThat(p("2023-06/2024").contains(d("2023"))).isEqualTo(Answer.MAYBE);
        assertThat(p("2023/2024").contains(d("2025"))).isEqualTo(Answer.NO);
    }

    @Test
    void containsAPeriod() {
        assertThat(p("2010/2020").contains(p("2013/2016"))).isEqualTo(Answer.YES);
        assertThat(p("2010/2020").contains(p("2013/"))).isEqualTo(Answer.MAYBE);
        assertThat(p("2010/..").contains(p("2013/"))).isEqualTo(Answer.YES);
        assertThat(p("2013/2020").contains(p("/2012"))).isEqualTo(Answer.NO);
        assertThat(p("2013/2016").contains(p("2013/2016"))).isEqualTo(Answer.MAYBE);
    }

    @Test
    void gapsBetweenConsecutiveTerms() {
        assertThat(p("2018/2020").leavesGapBefore(p("2021/2022"))).isEqualTo(Answer.MAYBE);
        assertThat(p("2023/2024").leavesGapBefore(p("2025-04/.."))).isEqualTo(Answer.YES);
        assertThat(p("2023-01-01/2024-12-30").leavesGapBefore(p("2025-01-01/.."))).isEqualTo(Answer.YES);
        assertThat(p("2023-01-01/2024-12-31").leavesGapBefore(p("2025-01-01/.."))).isEqualTo(Answer.NO);
        assertThat(p("2023/2024").leavesGapBefore(p("2024-06/2025"))).isEqualTo(Answer.MAYBE);
        assertThat(p("2023/2024-12").leavesGapBefore(p("2024-06/2025"))).isEqualTo(Answer.NO);
    }

    @Test
    void consecutiveDaysTouchWithoutOverlapping() {
        Period before = p("../2012-12-31");
        Period after = p("2013-01-01/..");
        assertThat(before.touches(after)).isEqualTo(Answer.YES);
        assertThat(after.touches(before)).isEqualTo(Answer.YES);
        assertThat(before.overlaps(after)).isEqualTo(Answer.NO);
        assertThat(before.isBefore(after)).isEqualTo(Answer.YES);
        assertThat(after.isAfter(before)).isEqualTo(Answer.YES);
        assertThat(before.leavesGapBefore(after)).isEqualTo(Answer.NO);
        assertThat(p("../2012").touches(p("2013/.."))).isEqualTo(Answer.MAYBE);
        assertThat(p("../2012").isBefore(p("2013/.."))).isEqualTo(Answer.YES);
        assertThat(p("2010/2011").touches(p("2013/2014"))).isEqualTo(Answer.NO);
        assertThat(p("2010/2012").touches(p("2013/2014"))).isEqualTo(Answer.MAYBE);
    }

    @Test
    void comparisonsRejectNullWithTheParameterName() {
        Period period = p("2013/2016");
        assertThatThrownBy(() -> period.overlaps(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
        assertThatThrownBy(() -> period.leavesGapBefore(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("next");
        assertThatThrownBy(() -> period.contains((LocalDate) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("day");
    }

    @Test
    void serializationRoundTripsTheValueAndItsRelations() throws Exception {
        Period period = p("2013-06/..");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(period);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Period read = (Period) in.readObject();
            assertThat(read).isEqualTo(period);
            assertThat(read.contains(LocalDate.of(2020, 1, 1))).isEqualTo(Answer.YES);
        }
    }
}
