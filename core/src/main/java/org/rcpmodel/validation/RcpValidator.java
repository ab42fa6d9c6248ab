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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.rcpmodel.Document;

/**
 * The library's entry point for validation: checks a {@link Document} against the whole rule
 * catalogue (field constraints and cross-object rules) and returns a {@link ValidationReport}.
 *
 * <p>It is built on a Hibernate Validator {@link Validator}: the field constraints are the model's
 * annotations and the cross-object rules run through the {@link DocumentRules} constraint on
 * {@code Document}, so that a consumer's plain default {@code Validator} finds exactly the same
 * violations (convert them with {@link Violation#from(ConstraintViolation)}).
 *
 * <p>The validator factory is built once, on first use, and reused; one {@code Validator} per
 * message locale is cached. All methods are thread-safe.
 */
public final class RcpValidator {

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
   * other locales fall back to English).
   *
   * @param document the document; not null
   * @param locale the locale of the messages; not null
   * @return the report, never null
   * @throws NullPointerException if an argument is null
   */
  public static ValidationReport validate(Document document, Locale locale) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(locale, "locale");
    Set<ConstraintViolation<Document>> found = validator(locale).validate(document);
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Document> violation : found) {
      violations.add(Violation.from(violation));
    }
    return ValidationReport.of(violations);
  }

  /**
   * The Bean Validation validator the entry point uses, with messages in the given locale; for
   * callers that want raw {@link ConstraintViolation}s.
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

  /** Interpolates every message in one locale. */
  private static final class FixedLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocale(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
