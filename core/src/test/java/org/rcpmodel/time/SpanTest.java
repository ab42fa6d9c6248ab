package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpanTest {

    private static Period p(String text) {
        return Period.parse(text);
    }

    private static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    @Test
    void observerAsOfApril2025HoldsAfterwardsAndMaybeBefore() {
        Span italy = Span.of(p("/.."), d("2025-04"));
        assertThat(italy.contains(LocalDate.of(2025, 5, 1))).isEqualTo(Answer.YES);
        assertThat(italy.contains(LocalDate.of(2024, 1, 1))).isEqualTo(Answer.MAYBE);
        assertThat(italy.contains(LocalDate.of(2025, 4, 15))).isEqualTo(Answer.MAYBE);
        assertThat(italy.contains(d("2026"))).isEqualTo(Answer.YES);
    }

    @Test
    void heldOnNarrowsAnUnknownEnd() {
        Span member = Span.of(p("2013/"), d("2020"));
        assertThat(member.contains(LocalDate.of(2019, 6, 1))).isEqualTo(Answer.YES);
        assertThat(member.contains(LocalDate.of(2022, 6, 1))).isEqualTo(Answer.MAYBE);
        assertThat(Span.of(p("2013/")).contains(LocalDate.of(2019, 6, 1))).isEqualTo(Answer.MAYBE);
    }

    @Test
    void heldOnOutsideThePeriodLeavesNoRefinement() {
        Span impossible = Span.of(p("2013/2016"), d("2018"));
        assertThat(impossible.isSatisfiable()).isFalse();
        assertThat(impossible.contains(LocalDate.of(2014, 1, 1))).isEqualTo(Answer.NO);
        assertThat(impossible.overlaps(Span.of(p("../..")))).isEqualTo(Answer.NO);
        assertThat(Span.of(p("2013/2016"), d("2016-12")).isSatisfiable()).isTrue();
    }

    @Test
    void spanOfAPeriodAnswersAsThePeriod() {
        Span a = Span.of(p("2013-06/2016-11"));
        Span b = Span.of(p("2016-11/2018-11"));
        assertThat(a.overlaps(b)).isEqualTo(Answer.NO);
        assertThat(a.touches(b)).isEqualTo(Answer.YES);
        assertThat(a.getPeriod()).isEqualTo(p("2013-06/2016-11"));
        assertThat(a.getHeldOn()).isEmpty();
    }

    @Test
    void heldOnMakesAnOverlapCertain() {
        Span first = Span.of(p("/"), d("2016-03-01"));
        Span second = Span.of(p("2016-03-01/2016-03-01"));
        assertThat(first.overlaps(second)).isEqualTo(Answer.YES);
        assertThat(Span.of(p("/")).overlaps(second)).isEqualTo(Answer.MAYBE);
    }

    @Test
    void handOverStillAppliesWithHeldOnDates() {
        Span outgoing = Span.of(p("2013/2016"), d("2015"));
        Span incoming = Span.of(p("2016/2018"), d("2017"));
        assertThat(outgoing.overlaps(incoming)).isEqualTo(Answer.NO);
        assertThat(incoming.touches(outgoing)).isEqualTo(Answer.YES);
        assertThat(incoming.isAfter(outgoing)).isEqualTo(Answer.NO);
    }

    @Test
    void equalityComparesPeriodAndHeldOn() {
        assertThat(Span.of(p("/.."), d("2025-04"))).isEqualTo(Span.of(p("/.."), d("2025-04")))
                .hasSameHashCodeAs(Span.of(p("/.."), d("2025-04")))
                .isNotEqualTo(Span.of(p("/.."), d("2025-05")))
                .isNotEqualTo(Span.of(p("/..")));
        assertThat(Span.of(p("2013/2016"))).isEqualTo(Span.of(p("2013/2016")));
        assertThat(Span.of(p("/.."), d("2025-04")).toString()).isEqualTo("/.. held on 2025-04");
        assertThat(Span.of(p("2013/2016")).toString()).isEqualTo("2013/2016");
    }

    @Test
    void factoriesRejectNullWithTheParameterName() {
        assertThatThrownBy(() -> Span.of(null)).isInstanceOf(NullPointerException.class).hasMessage("period");
        assertThatThrownBy(() -> Span.of(p("/"), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("heldOn");
    }
}
