package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcpmodel.validation.Docs.process;
import static org.rcpmodel.validation.Docs.validate;
import static org.rcpmodel.validation.RuleCatalogue.CHAIR_TERM_LENGTH;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Participant;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * {@code chair.term-length} decides most terms by day counts (k months are 28k to 31k days) before any
 * calendar arithmetic; these properties check that the shortcut never changes the answer, against the
 * rule's definition computed with {@link LocalDate#plusMonths} on every term, near the edges of the
 * tolerance where the shortcut and the calendar meet.
 */
class TermLengthPropertyTest {

  /** A term and a declared length in months. */
  record Case(PartialDate start, PartialDate end, int months) {}

  @Provide
  Arbitrary<Case> terms() {
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 60);
    Arbitrary<LocalDate> starts = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
        LocalDate.of(2040, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    // Ends around the declared length: from well short of it to well past it, by days.
    Arbitrary<Integer> offsets = Arbitraries.integers().between(-70, 70);
    Arbitrary<Integer> precisions = Arbitraries.integers().between(0, 2);
    return Combinators.combine(starts, months, offsets, precisions, precisions).as((start, m, offset, sp, ep) -> {
      LocalDate end = start.plusMonths(m).plusDays(offset);
      return new Case(at(start, sp), at(end, ep), m);
    });
  }

  private static PartialDate at(LocalDate day, int precision) {
    return switch (precision) {
      case 0 -> PartialDate.of(day);
      case 1 -> PartialDate.ofYearMonth(day.getYear(), day.getMonthValue());
      default -> PartialDate.ofYear(day.getYear());
    };
  }

  /** The rule as DOMAIN states it, computed the slow way: surely longer or surely shorter, a month's tolerance. */
  private static boolean expected(Case c) {
    LocalDate startLow = c.start().earliestDay();
    LocalDate startHigh = c.start().latestDay();
    LocalDate endLow = c.end().earliestDay();
    LocalDate endHigh = c.end().latestDay();
    if (endHigh.isBefore(startLow)) {
      return false; // reversed: period.reversed reports it
    }
    // The latest start and earliest end a consistent reading allows.
    LocalDate latestStart = startHigh.isAfter(endHigh) ? endHigh : startHigh;
    LocalDate earliestEnd = endLow.isBefore(startLow) ? startLow : endLow;
    boolean longer = earliestEnd.plusDays(1).isAfter(latestStart.plusMonths(c.months() + 1L));
    boolean shorter = endHigh.plusDays(1).isBefore(startLow.plusMonths(c.months() - 1L));
    return longer || shorter;
  }

  @Property(tries = 2000)
  void theDayCountShortcutAgreesWithCalendarArithmetic(@ForAll("terms") Case c) {
    ConsultativeProcess.Builder process = process()
        .chairingRule(ChairingRule.builder().termMonths(c.months()).build())
        .addChairs(Chairmanship.builder().addChairs(Participant.state("KAZ")).period(Period.of(c.start(), c.end()))
            .build());
    boolean reported = !validate(process).withCode(CHAIR_TERM_LENGTH).isEmpty();
    Statistics.label("reported").collect(reported);
    // Both answers, often: otherwise the edges of the tolerance would go untested.
    Statistics.label("reported").coverage(coverage -> {
      coverage.check(true).percentage(p -> p >= 5);
      coverage.check(false).percentage(p -> p >= 5);
    });
    assertThat(reported).as("term %s/%s, %d months", c.start(), c.end(), c.months()).isEqualTo(expected(c));
  }
}
