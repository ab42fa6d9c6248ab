package org.rcpmodel.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.rcpmodel.Document;

/**
 * The library's entry point for validation: checks a {@link Document} against the whole rule
 * catalogue (field constraints and cross-object rules) and returns a {@link ValidationReport}.
 *
 * <p>{@link #validate(Document, Locale)} runs the library's rule engine directly: it checks the
 * field constraints with exactly the semantics of the model's annotations and the cross-object
 * rules in one pass, and renders the messages from the same {@code ValidationMessages} bundles,
 * inserting values from the data literally (never as a template or expression). It needs no Bean
 * Validation provider: no validator factory is built and no Hibernate Validator class is loaded.
 * A consumer's plain default Hibernate Validator {@code Validator} runs the same engine through the
 * {@link DocumentRules} constraint on {@code Document}: in the default group it finds exactly this
 * report's ERRORs, in the {@link Warnings} group exactly the same violations (convert them with
 * {@link Violation#from(ConstraintViolation)}).
 *
 * <p>A report keeps at most {@link #DEFAULT_CAP_PER_CODE} violations of each code and severity
 * (or the cap given to {@link #validate(Document, Locale, int)}) and counts the rest, so that the
 * findings of any readable document fit in bounded memory.
 *
 * <p>Dependencies: {@code validate} needs only this library and the Jakarta Validation API (the
 * annotations it reads). {@link #validator(Locale)} needs Hibernate Validator and, for its message
 * interpolation, an Expression Language implementation such as {@code org.glassfish.expressly}; both
 * are optional dependencies of {@code rcp-core}, which a consumer of the Bean Validation path adds.
 *
 * <p>All methods are thread-safe.
 */
public final class RcpValidator {

  /**
   * How many findings of each code and severity a report keeps unless told otherwise: enough to read
   * and fix, few enough that the findings of any readable document fit in a small heap. The rest are
   * counted in {@link ValidationReport#omitted()}.
   */
  public static final int DEFAULT_CAP_PER_CODE = 1_000;

  /** Built only when {@link #validator(Locale)} is called. */
  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
        .ignoreXmlConfiguration().buildValidatorFactory();
    static final Map<Locale, Validator> BY_LOCALE = new ConcurrentHashMap<>();
  }

  private RcpValidator() {}

  /**
   * Validates a document, with messages in the JVM's default locale.
   *
   * @param document the document; not null
   * @return the report, never null
   * @throws NullPointerException if {@code document} is null
   */
  public static ValidationReport validate(Document document) {
    return validate(document, Locale.getDefault());
  }

  /**
   * Validates a document, with messages in the given locale (English and Russian are provided;
   * other locales get English).
   *
   * @param document the document; not null
   * @param locale the locale of the messages; not null
   * @return the report, never null
   * @throws NullPointerException if an argument is null
   */
  public static ValidationReport validate(Document document, Locale locale) {
    return validate(document, locale, DEFAULT_CAP_PER_CODE);
  }

  /**
   * Validates a document, keeping at most {@code capPerCode} violations of each code and severity
   * (the first ones found, in the engine's order, which is the same for the same document) and
   * counting the others in {@link ValidationReport#omitted()}.
   *
   * @param document the document; not null
   * @param locale the locale of the messages; not null
   * @param capPerCode the most violations of one code and severity kept; at least 1
   * @return the report, never null
   * @throws NullPointerException if {@code document} or {@code locale} is null
   * @throws IllegalArgumentException if {@code capPerCode} is less than 1
   */
  public static ValidationReport validate(Document document, Locale locale, int capPerCode) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(locale, "locale");
    if (capPerCode < 1) {
      throw new IllegalArgumentException("capPerCode must be at least 1: " + capPerCode);
    }
    Findings findings = RuleEngine.run(document, true, capPerCode);
    List<Violation> violations = new ArrayList<>(findings.list().size());
    for (Finding finding : findings.list()) {
      violations.add(new Violation(finding.rule().code(), finding.severity(), finding.pointer(),
          Messages.render(finding.messageKey(), finding.parameters(), locale)));
    }
    return ValidationReport.of(violations, findings.omitted());
  }

  /**
   * A Bean Validation validator (Hibernate Validator) with messages in the given locale, for callers
   * that want raw {@link ConstraintViolation}s; {@code validate(document, Warnings.class)} finds the
   * same violations as {@link #validate(Document, Locale)}, {@code validate(document)} its ERRORs.
   * The validator factory is built once, on the first call. Needs Hibernate Validator and an
   * Expression Language implementation at run time (see the class comment).
   *
   * @param locale the locale of the messages; not null
   * @return a thread-safe validator, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public static Validator validator(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Holder.BY_LOCALE.computeIfAbsent(locale, l -> Holder.FACTORY.usingContext()
        .messageInterpolator(new FixedLocale(Holder.FACTORY.getMessageInterpolator(), l)).getValidator());
  }

  /** Interpolates every message, and the phrases in its parameters, in one locale. */
  private static final class FixedLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocale(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return Messages.interpolatingIn(locale, () -> delegate.interpolate(template, context, locale));
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return interpolate(template, context);
    }
  }
}
