package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SpanSet} answers exactly the fold of the pairwise {@link Span} relations (which
 * TimePropertiesTest holds to the brute-force refinement oracle), over sets of up to 20 spans drawn
 * from a few years, at every precision, with open and unknown bounds and held-on dates.
 */
class SpanSetPropertiesTest {

  /** A date in 2013..2015 at year, month or day precision, mostly on unit edges. */
  static PartialDate date(Random r) {
    int year = 2013 + r.nextInt(3);
    int month = r.nextBoolean() ? (r.nextBoolean() ? 1 : 12) : 1 + r.nextInt(12);
    switch (r.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofYearMonth(year, month);
      default:
        int day = r.nextBoolean() ? 1 : 1 + r.nextInt(28);
        return PartialDate.of(year, month, day);
    }
  }

  static Period period(Random r) {
    Period.BoundKind[] kinds = Period.BoundKind.values();
    Period.BoundKind startKind = r.nextInt(4) == 0 ? kinds[r.nextInt(kinds.length)] : Period.BoundKind.KNOWN;
    Period.BoundKind endKind = r.nextInt(4) == 0 ? kinds[r.nextInt(kinds.length)] : Period.BoundKind.KNOWN;
    return Period.of(startKind, startKind == Period.BoundKind.KNOWN ? date(r) : null,
        endKind, endKind == Period.BoundKind.KNOWN ? date(r) : null);
  }

  static Span span(Random r) {
    Period period = period(r);
    return r.nextInt(5) == 0 ? Span.of(period, date(r)) : Span.of(period);
  }

  static List<Span> spans(Random r) {
    int n = r.nextInt(3) == 0 ? r.nextInt(21) : r.nextInt(4);
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(span(r));
    }
    return out;
  }

  @Test
  void coversIsTheFoldOfContainsForEveryDateAndDay() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Span> spans = spans(r);
      SpanSet set = SpanSet.of(spans);
      for (int k = 0; k < 5; k++) {
        PartialDate date = date(r);
        Answer fold = Answer.NO;
        for (Span s : spans) {
          fold = fold.or(s.contains(date));
        }
        assertThat(set.covers(date)).as("%s covers %s", spans, date).isEqualTo(fold);
        LocalDate day = date.earliestDay().plusDays(r.nextInt(3));
        Answer dayFold = Answer.NO;
        for (Span s : spans) {
          dayFold = dayFold.or(s.contains(day));
        }
        assertThat(set.covers(day)).as("%s covers %s", spans, day).isEqualTo(dayFold);
      }
    });
  }

  @Test
  void meetsIsTheFoldOfIntersects() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Span> spans = spans(r);
      SpanSet set = SpanSet.of(spans);
      for (int k = 0; k < 5; k++) {
        Span window = span(r);
        Answer fold = Answer.NO;
        for (Span s : spans) {
          fold = fold.or(s.intersects(window));
        }
        assertThat(set.meets(window)).as("%s meets %s", spans, window).isEqualTo(fold);
      }
    });
  }

  @Test
  void theEmptySetCoversNothingAndTheSizeCountsEverySpanGiven() {
    assertThat(SpanSet.of(List.of()).covers(PartialDate.ofYear(2013))).isEqualTo(Answer.NO);
    Span reversed = Span.of(Period.parse("2016/2013"));
    SpanSet set = SpanSet.of(List.of(reversed, Span.of(Period.parse("2013-06/.."))));
    assertThat(set.size()).isEqualTo(2);
    assertThat(set.covers(PartialDate.parse("2013-06-01"))).isEqualTo(Answer.MAYBE);
    assertThat(set.covers(PartialDate.parse("2013-07"))).isEqualTo(Answer.YES);
    assertThat(set.covers(PartialDate.parse("2013-05"))).isEqualTo(Answer.NO);
  }
}
