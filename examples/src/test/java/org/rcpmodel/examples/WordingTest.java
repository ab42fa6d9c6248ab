package org.rcpmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Approximation;
import org.rcpmodel.FigureScope;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Role;
import org.rcpmodel.time.PartialDate;

class WordingTest {

  @Test
  void metricNamesInCamelCaseBecomeWords() {
    assertThat(Wording.metric("citizensAbroad")).isEqualTo("citizens abroad");
    assertThat(Wording.metric("internationalMigrants")).isEqualTo("international migrants");
    assertThat(Wording.metric("memberStates")).isEqualTo("member States");
    assertThat(Wording.metric("refugees")).isEqualTo("refugees");
    assertThat(Wording.metric("GDP")).isEqualTo("GDP");
  }

  @Test
  void numbersAreGroupedAndKeepTheirFractionAndSign() {
    assertThat(Wording.number(new BigDecimal("8000000"))).isEqualTo("8,000,000");
    assertThat(Wording.number(new BigDecimal("1234.50"))).isEqualTo("1,234.5");
    assertThat(Wording.number(new BigDecimal("-0.25"))).isEqualTo("-0.25");
    assertThat(Wording.number(new BigDecimal("1E+1000000"))).isEqualTo("1E+1000000");
  }

  @Test
  void aFigureReadsAsASentenceWithoutFieldNames() {
    MigrationFigure scoped = MigrationFigure.builder().metric("citizensAbroad").value(new BigDecimal("22000000"))
        .approximation(Approximation.APPROXIMATELY).scope(FigureScope.MEMBERS_OBSERVERS_AND_INVITED).build();
    MigrationFigure own = MigrationFigure.builder().metric("memberStates").value(new BigDecimal("175"))
        .approximation(Approximation.EXACT).scope(FigureScope.SUBJECT).referenceDate(PartialDate.parse("2025-04-24")).build();

    assertThat(Wording.figure(scoped)).isEqualTo("approximately 22,000,000 citizens abroad (members, observers and invited)");
    assertThat(Wording.figure(own)).isEqualTo("exactly 175 member States, as of 2025-04-24");
  }

  @Test
  void everyRoleHasWordsWithoutUnderscores() {
    for (Role role : Role.values()) {
      assertThat(Wording.role(role)).doesNotContain("_").isLowerCase();
      assertThat(Wording.roles(role)).doesNotContain("_").isLowerCase();
    }
    assertThat(Wording.role(Role.SUPPORT_UNIT)).isEqualTo("support unit");
  }
}
