package org.rcpmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

class FactsTest {

    private static Participation p(String state, Role role, String period, String asOf) {
        Participation.Builder b = Participation.builder().participant(Participant.state(state)).role(role);
        if (period != null) {
            b.period(Period.parse(period));
        }
        if (asOf != null) {
            b.asOf(PartialDate.parse(asOf));
        }
        return b.build();
    }

    private static Chairmanship chair(String period, String... states) {
        Chairmanship.Builder b = Chairmanship.builder().period(Period.parse(period));
        for (String s : states) {
            b.addChairs(Participant.state(s));
        }
        return b.build();
    }

    @Test
    void aMemberInOneSourceAndAnObserverInAnotherAreOneFactThatDisagrees() {
        Participation iom = p("TKM", Role.OBSERVER, null, "2025-04");
        Participation unhcr = p("TKM", Role.MEMBER, null, "2025-04");
        assertThat(Facts.sameFact(iom, unhcr)).isTrue();
        assertThat(Facts.agree(iom, unhcr)).isFalse();
    }

    @Test
    void secretariatAndSupportUnitDoTheSameJob() {
        assertThat(Facts.sameJob(Role.SECRETARIAT, Role.SUPPORT_UNIT)).isTrue();
        assertThat(Facts.sameJob(Role.MEMBER, Role.CANDIDATE)).isTrue();
        assertThat(Facts.sameJob(Role.MEMBER, Role.SECRETARIAT)).isFalse();
        assertThat(Facts.sameJob(Role.INVITED, Role.PARTNER)).isFalse();
        Participation a = Participation.builder().participant(Participant.organization("iom")).role(Role.SECRETARIAT).build();
        Participation b = Participation.builder().participant(Participant.organization("iom")).role(Role.SUPPORT_UNIT).build();
        assertThat(Facts.sameFact(a, b)).isTrue();
        assertThat(Facts.agree(a, b)).isFalse();
    }

    @Test
    void aMonthPreciseTermRefinesAndAgreesWithAYearPreciseOne() {
        Participation unhcr = p("KAZ", Role.MEMBER, "2013-06/2016-11", null);
        Participation iom = p("KAZ", Role.MEMBER, "2013/2016", null);
        assertThat(Facts.agree(unhcr, iom)).isTrue();
        assertThat(Facts.refines(unhcr, iom)).isTrue();
        assertThat(Facts.refines(iom, unhcr)).isFalse();
    }

    @Test
    void anUndatedRecordAgreesWithADatedOneAndIsRefinedByIt() {
        Participation undated = p("KAZ", Role.MEMBER, null, null);
        Participation open = p("KAZ", Role.MEMBER, "2013-06/..", null);
        assertThat(Facts.agree(undated, open)).isTrue();
        assertThat(Facts.agree(open, undated)).isTrue();
        assertThat(Facts.refines(open, undated)).isTrue();
        assertThat(Facts.refines(undated, open)).isFalse();
    }

    @Test
    void anAsOfDateOutsideTheOtherRecordsPeriodDisagrees() {
        Participation asOf = p("TUR", Role.MEMBER, null, "2025-04");
        assertThat(Facts.agree(asOf, p("TUR", Role.MEMBER, "2013/2020", null))).isFalse();
        assertThat(Facts.agree(asOf, p("TUR", Role.MEMBER, "2021-01/..", null))).isTrue();
        assertThat(Facts.refines(p("TUR", Role.MEMBER, "2021-01/..", null), asOf)).isTrue();
        assertThat(Facts.refines(p("TUR", Role.MEMBER, "2021/..", null), asOf)).isTrue();
    }

    @Test
    void recordsOfDifferentTimesAreNotOneFact() {
        assertThat(Facts.sameFact(p("KAZ", Role.OBSERVER, "2010/2012", null), p("KAZ", Role.MEMBER, "2014/..", null))).isFalse();
        assertThat(Facts.sameFact(p("KAZ", Role.MEMBER, "2010/2012", null), p("KGZ", Role.MEMBER, "2010/2012", null))).isFalse();
    }

    @Test
    void chairTermsWithEndMonthsThreeSourcesGiveDisagreeUnlessOneIsCoarser() {
        Chairmanship sep = chair("2016-10/2018-09", "KGZ");
        Chairmanship oct = chair("2016-10/2018-10", "KGZ");
        Chairmanship nov = chair("2016-11/2018-11", "KGZ");
        Chairmanship year = chair("2016/2018", "KGZ");
        assertThat(Facts.sameFact(sep, nov)).isTrue();
        assertThat(Facts.agree(sep, oct)).isFalse();
        assertThat(Facts.agree(sep, nov)).isFalse();
        assertThat(Facts.agree(sep, year)).isTrue();
        assertThat(Facts.refines(sep, year)).isTrue();
        assertThat(Facts.sameFact(sep, chair("2016-10/2018-09", "TJK"))).isFalse();
    }

    @Test
    void coChairsAreASetAndAStandingCoChairMustNotContradict() {
        Chairmanship ab = chair("2002/..", "AUS", "IDN");
        Chairmanship ba = chair("2002/..", "IDN", "AUS");
        assertThat(Facts.agree(ab, ba)).isTrue();
        Chairmanship withHungary = Chairmanship.builder().from(chair("2006-01/..", "TUR")).coChair(Participant.state("HUN")).build();
        Chairmanship without = chair("2006/..", "TUR");
        Chairmanship withOther = Chairmanship.builder().from(without).coChair(Participant.state("AUT")).build();
        assertThat(Facts.agree(withHungary, without)).isTrue();
        assertThat(Facts.refines(withHungary, without)).isTrue();
        assertThat(Facts.refines(without, withHungary)).isFalse();
        assertThat(Facts.agree(withHungary, withOther)).isFalse();
    }

    @Test
    void figuresAgreeWhenTheirValuesAreNumericallyEqual() {
        MigrationFigure a = MigrationFigure.builder().metric("memberStates").value(new BigDecimal("175"))
            .approximation(Approximation.EXACT).scope(FigureScope.MEMBERS).referenceDate(PartialDate.parse("2025-04")).build();
        MigrationFigure b = MigrationFigure.builder().from(a).value(new BigDecimal("173")).build();
        MigrationFigure c = MigrationFigure.builder().from(a).value(new BigDecimal("175.0")).build();
        MigrationFigure undated = MigrationFigure.builder().metric("memberStates").value(new BigDecimal("175"))
            .approximation(Approximation.EXACT).scope(FigureScope.MEMBERS).build();
        assertThat(Facts.sameFact(a, b)).isTrue();
        assertThat(Facts.agree(a, b)).isFalse();
        assertThat(Facts.agree(a, c)).isTrue();
        assertThat(Facts.sameFact(a, undated)).isFalse();
    }

    @Test
    void establishmentDatesAgreeWhenOneRefinesTheOther() {
        assertThat(Facts.agree(PartialDate.parse("1993"), PartialDate.parse("1993-05"))).isTrue();
        assertThat(Facts.agree(PartialDate.parse("1991"), PartialDate.parse("1993"))).isFalse();
        assertThat(Facts.refines(PartialDate.parse("2000-12"), PartialDate.parse("2000"))).isTrue();
    }
}
