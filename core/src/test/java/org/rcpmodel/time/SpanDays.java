package org.rcpmodel.time;

/**
 * The day bounds of a span, as epoch days, for the reference oracles of other packages' tests: the
 * bounds are internal to {@code org.rcpmodel.time} (open and unknown ends are sentinel values there),
 * but an oracle written from the definitions needs them.
 */
public final class SpanDays {

  private SpanDays() {}

  /** @return the earliest start day of the span, as {@code Span} keeps it */
  public static long earliestStart(Span span) {
    return span.earliestStartDay();
  }

  /** @return the latest start day */
  public static long latestStart(Span span) {
    return span.latestStartDay();
  }

  /** @return the earliest end day */
  public static long earliestEnd(Span span) {
    return span.earliestEndDay();
  }

  /** @return the latest end day */
  public static long latestEnd(Span span) {
    return span.latestEndDay();
  }

  /** @return the first day of the date's unit, as {@code PartialDate} keeps it */
  public static long first(PartialDate date) {
    return date.earliestEpochDay();
  }

  /** @return the last day of the date's unit */
  public static long last(PartialDate date) {
    return date.latestEpochDay();
  }
}
