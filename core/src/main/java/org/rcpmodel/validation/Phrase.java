package org.rcpmodel.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rcpmodel.FigureScope;
import org.rcpmodel.Role;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Period.BoundKind;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * A part of a message that is said in words, in the language of the message it goes into: a role
 * ("a member", «член»), a kind of record, a period whose dates were never recorded, "as of" a date,
 * a list of alternatives joined by "or". A finding's parameter is either data (a {@code String}
 * inserted as it is: ids, codes, dates, periods as written, JSON Pointers, metric keys) or a phrase,
 * whose text is the bundle text of its key ({@code org.rcpmodel.word.*}) with its own parts, data or
 * phrases, filled in the same way. So no English word reaches a Russian message through a
 * parameter, and the words live in the bundles beside the sentences that use them.
 *
 * <p>{@link Messages#render} renders a phrase in the message's locale. Hibernate Validator, which
 * inserts a message parameter by its {@code toString()}, gets the phrase in
 * {@link Messages#phraseLocale()}: the locale of {@link RcpValidator#validator(java.util.Locale)},
 * or for a plain validator the JVM's default locale, the one it picks its bundle by.
 *
 * <p>Immutable and thread-safe.
 */
final class Phrase {

  static final String PREFIX = "org.rcpmodel.word.";

  /** The kinds of record that {@code id.duplicate} and {@code ref.unresolved} name. */
  static final Set<String> KINDS = Set.of("body", "chair term", "declaration", "framework", "group", "meeting",
      "organization", "person", "process", "source", "state");

  /** The metrics the bundles have words for; any other metric is named by its key alone. */
  static final Set<String> KNOWN_METRICS = Set.of("citizensAbroad", "internationalMigrants", "memberStates",
      "countriesWithPresence", "refugees", "migrants", "internationalMigrantStock");

  private final String key;
  private final Map<String, Object> parts;

  private Phrase(String key, Map<String, Object> parts) {
    this.key = key;
    this.parts = parts;
  }

  /** A phrase of the key {@code org.rcpmodel.word.<suffix>} with the given parts, name then value. */
  static Phrase of(String suffix, Object... parts) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parts.length; i += 2) {
      map.put((String) parts[i], parts[i + 1]);
    }
    return new Phrase(PREFIX + suffix, Collections.unmodifiableMap(map));
  }

  /** The bundle key of this phrase. */
  String key() {
    return key;
  }

  /** The phrase's text in a locale. */
  String render(Locale locale) {
    return Messages.render(key, parts, locale);
  }

  /** Hands every data value of this phrase, and of the phrases in it, to {@code sink}. */
  void data(Consumer<String> sink) {
    for (Object part : parts.values()) {
      if (part instanceof Phrase phrase) {
        phrase.data(sink);
      } else {
        sink.accept(part.toString());
      }
    }
  }

  /** The text Hibernate Validator inserts: the phrase in {@link Messages#phraseLocale()}. */
  @Override
  public String toString() {
    return render(Messages.phraseLocale());
  }

  /** A role with its article where the language has one: "a member", "the secretariat". */
  static Phrase role(Role role) {
    return of("role." + role.name());
  }

  /** A role and the time it is recorded for: "an observer (as of 2025-04-24)", "a member 2013/2016". */
  static Phrase roleDuring(Role role, Span span) {
    return of("role-during", "role", role(role), "span", span(span));
  }

  /** A kind of record, as {@code id.duplicate} and {@code ref.unresolved} name it; a kind without words is data. */
  static Object kind(String kind) {
    return KINDS.contains(kind) ? of("kind." + kind.replace(' ', '-')) : kind;
  }

  /**
   * A period: its text as written ({@code 2013/2016}, {@code 2021-01/..}), or in words when neither
   * end is recorded (its text would be a bare {@code /}).
   */
  static Object period(Period period) {
    return period.getStartKind() == BoundKind.UNKNOWN && period.getEndKind() == BoundKind.UNKNOWN
        ? of("period.unrecorded") : period.toString();
  }

  /**
   * A span: its period ({@link #period(Period)}), and the date it is known to hold on, if any, said
   * as "as of" that date ({@code Span.toString()} says "held on", which is English and stays so for JSON).
   */
  static Object span(Span span) {
    Period period = span.getPeriod();
    java.util.Optional<PartialDate> heldOn = span.getHeldOn();
    if (heldOn.isEmpty()) {
      return period(period);
    }
    Object shown = period(period);
    return shown instanceof Phrase ? of("span.as-of", "date", heldOn.get().toString())
        : of("span.period-as-of", "period", shown, "date", heldOn.get().toString());
  }

  /**
   * Alternatives joined by "or" ("1993 or 1993-05"); a single one is itself; none is "not
   * recorded", never {@code null}.
   */
  static Object anyOf(List<?> alternatives) {
    if (alternatives.isEmpty()) {
      return of("date.unrecorded");
    }
    Object last = alternatives.get(alternatives.size() - 1);
    for (int i = alternatives.size() - 2; i >= 0; i--) {
      last = of("or", "first", alternatives.get(i), "rest", last);
    }
    return last;
  }

  /** Items joined by commas ("IOM, UNHCR, the chairing State"); a single one is itself; never empty. */
  static Object list(List<?> items) {
    Object last = items.get(items.size() - 1);
    for (int i = items.size() - 2; i >= 0; i--) {
      last = of("list", "first", items.get(i), "rest", last);
    }
    return last;
  }

  /** A metric: its words and its key as written ({@code citizensAbroad}), or its key alone if it has no words. */
  static Phrase metric(String metric) {
    return KNOWN_METRICS.contains(metric) ? of("metric.known", "words", of("metric." + metric), "metric", metric)
        : of("metric.other", "metric", metric);
  }

  /** The group a figure covers, in words, with its constant as written ({@code MEMBERS}). */
  static Phrase scope(FigureScope scope) {
    return of("scope", "words", of("scope." + scope.name()), "scope", scope.name());
  }

  /** A property a format 1.1 statement gives, in words ("the date of establishment"). */
  static Phrase property(StatedProperty property) {
    return of("property." + property.name());
  }

  /** How sure a finding is: "surely" for YES, "possibly" for MAYBE (or NO). */
  static Phrase answer(Answer answer) {
    return of(answer == Answer.YES ? "answer.surely" : "answer.possibly");
  }
}
