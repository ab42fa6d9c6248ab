package org.rcpmodel.examples;

import java.math.BigDecimal;
import java.util.Locale;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.FigureScope;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;

/**
 * The words the tool's summaries, report and timeline use for the model's codes, so that a reader meets
 * "citizens abroad, members, observers and invited" and not {@code citizensAbroad
 * (MEMBERS_OBSERVERS_AND_INVITED)}. English only. Stateless and thread-safe; every method rejects null
 * with a {@link NullPointerException}.
 */
public final class Wording {

  private Wording() {}

  /**
   * A role in words, singular: {@code member}, {@code support unit}.
   *
   * @param role the role; not null
   * @return the words; never null
   */
  public static String role(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * A role in words, plural: {@code members}, {@code observers}, {@code secretariat}.
   *
   * @param role the role; not null
   * @return the words; never null
   */
  public static String roles(Role role) {
    switch (role) {
      case MEMBER:
        return "members";
      case OBSERVER:
        return "observers";
      case CANDIDATE:
        return "candidates";
      case INVITED:
        return "invited";
      case PARTNER:
        return "partners";
      case SECRETARIAT:
        return "secretariat";
      default:
        return "support unit";
    }
  }

  /**
   * A process kind in words: {@code regional consultative process}.
   *
   * @param kind the kind; not null
   * @return the words; never null
   */
  public static String kind(ProcessKind kind) {
    switch (kind) {
      case RCP:
        return "regional consultative process";
      case IRF:
        return "inter-regional forum";
      default:
        return "global process";
    }
  }

  /**
   * A meeting level in words: {@code ministerial conference}.
   *
   * @param level the level; not null
   * @return the words; never null
   */
  public static String level(MeetingLevel level) {
    switch (level) {
      case SENIOR_OFFICIALS:
        return "senior officials' meeting";
      case THEMATIC:
        return "thematic meeting";
      case EXPERT:
        return "expert meeting";
      case MINISTERIAL_CONFERENCE:
        return "ministerial conference";
      default:
        return "meeting";
    }
  }

  /**
   * A chair term's status in words: {@code past}, {@code current}, {@code incoming}.
   *
   * @param status the status; not null
   * @return the words; never null
   */
  public static String status(ChairStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * A metric name in words: {@code citizensAbroad} is {@code citizens abroad}, {@code memberStates}
   * is {@code member States}; a name that is not camel case is returned as written.
   *
   * @param metric the metric as recorded; not null
   * @return the words; never null
   */
  public static String metric(String metric) {
    StringBuilder words = new StringBuilder(metric.length() + 8);
    for (int i = 0; i < metric.length(); i++) {
      char c = metric.charAt(i);
      boolean wordStart = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(metric.charAt(i - 1));
      if (wordStart) {
        words.append(' ');
      }
      words.append(wordStart ? Character.toLowerCase(c) : c);
    }
    // "States" is the vocabulary's word for sovereign States, written with a capital.
    return words.toString().replace("states", "States");
  }

  /**
   * The group a figure covers in words: {@code members}, {@code members, observers and invited}, or
   * {@code itself} for the subject's own figure.
   *
   * @param scope the scope; not null
   * @return the words; never null
   */
  public static String scope(FigureScope scope) {
    switch (scope) {
      case MEMBERS:
        return "members";
      case MEMBERS_AND_OBSERVERS:
        return "members and observers";
      case MEMBERS_OBSERVERS_AND_INVITED:
        return "members, observers and invited";
      case ALL_PARTICIPANTS:
        return "all participants";
      default:
        return "itself";
    }
  }

  /**
   * How approximate a value is, in words: {@code around}, {@code nearly}, {@code exactly}.
   *
   * @param approximation the approximation; not null
   * @return the words; never null
   */
  public static String approximation(Approximation approximation) {
    return approximation == Approximation.EXACT ? "exactly" : approximation.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * A value with thousands separators ({@code 8,000,000}); scientific notation for extreme exponents,
   * never billions of digits.
   *
   * @param value the value; not null
   * @return the text; never null
   */
  public static String number(BigDecimal value) {
    if (Math.abs((long) value.scale()) > 40) {
      return value.toString();
    }
    String whole = (value.signum() < 0 && value.toBigInteger().signum() == 0 ? "-" : "")
        + String.format(Locale.ROOT, "%,d", value.toBigInteger());
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return whole;
    }
    String plain = stripped.toPlainString();
    return whole + plain.substring(plain.indexOf('.'));
  }

  /**
   * A figure in words, without its sources: {@code around 8,000,000 citizens abroad (members)}, with
   * {@code , as of DATE} when it has a reference date; a subject's own figure has no group in
   * parentheses ({@code exactly 175 member States}).
   *
   * @param figure the figure; not null
   * @return the words; never null
   */
  public static String figure(MigrationFigure figure) {
    return approximation(figure.getApproximation()) + " " + number(figure.getValue()) + " " + metric(figure.getMetric())
        + (figure.getScope() == FigureScope.SUBJECT ? "" : " (" + scope(figure.getScope()) + ")")
        + figure.getReferenceDate().map(d -> ", as of " + d).orElse("");
  }
}
