package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcpmodel.validation.Docs.process;
import static org.rcpmodel.validation.Docs.validate;
import static org.quicktheories.QuickTheory.qt;
import static org.rcpmodel.Gens.ints;
import static org.rcpmodel.Gens.longs;
import static org.rcpmodel.validation.RuleCatalogue.CHAIR_TERM_LENGTH;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
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

  private static Gen<Case> terms() {
    Gen<Integer> months = ints(1, 60);
    Gen<LocalDate> starts = longs(LocalDate.of(1990, 1, 1).toEpochDay(),
        LocalDate.of(2040, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    // Ends around the declared length: from well short of it to well past it, by days.
    Gen<Integer> offsets = ints(-70, 70);
    Gen<Integer> precisions = ints(0, 2);
    return in -> {
      LocalDate start = starts.generate(in);
      int m = months.generate(in);
      LocalDate end = start.plusMonths(m).plusDays(offsets.generate(in));
      return new Case(at(start, precisions.generate(in)), at(end, precisions.generate(in)), m);
    };
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

  @Test
  void theDayCountShortcutAgreesWithCalendarArithmetic() {
    AtomicInteger reportedCount = new AtomicInteger();
    AtomicInteger cases = new AtomicInteger();
    qt().withExamples(2000).forAll(terms()).checkAssert(c -> {
      boolean reported = theDayCountShortcutAgreesWithCalendarArithmetic(c);
      cases.incrementAndGet();
      if (reported) {
        reportedCount.incrementAndGet();
      }
    });
    assertThat(cases.get()).as("distinct terms checked").isGreaterThan(1_000);
    // Both answers, often: otherwise the edges of the tolerance would go untested.
    assertThat(reportedCount.get()).as("terms reported of %d", cases.get()).isGreaterThanOrEqualTo(cases.get() / 20);
    assertThat(cases.get() - reportedCount.get()).as("terms not reported of %d", cases.get())
        .isGreaterThanOrEqualTo(cases.get() / 20);
  }

  /** Checks one term and says whether the rule reported it. */
  private static boolean theDayCountShortcutAgreesWithCalendarArithmetic(Case c) {
    ConsultativeProcess.Builder process = process()
        .chairingRule(ChairingRule.builder().termMonths(c.months()).build())
        .addChairs(Chairmanship.builder().addChairs(Participant.state("KAZ")).period(Period.of(c.start(), c.end()))
            .build());
    boolean reported = !validate(process).withCode(CHAIR_TERM_LENGTH).isEmpty();
    assertThat(reported).as("term %s/%s, %d months", c.start(), c.end(), c.months()).isEqualTo(expected(c));
    return reported;
  }
}
