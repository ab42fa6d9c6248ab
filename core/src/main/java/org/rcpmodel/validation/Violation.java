package org.rcpmodel.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Objects;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * One violation of a rule: its code, severity, the JSON Pointer of the offending element in the
 * document format, and a message in the locale the caller chose.
 *
 * <p>Immutable and thread-safe; equal when all four components are equal.
 *
 * @param code the rule code from the {@link RuleCatalogue}; never null
 * @param severity the severity of this violation; never null
 * @param path the JSON Pointer, such as {@code /processes/0/chairs/1/period}; empty for the document
 *     itself; never null
 * @param message the message; never null
 */
public record Violation(String code, Severity severity, String path, String message) {

  private static final String FIELD_REQUIRED_KEY = "org.rcpmodel.field.required";
  private static final String FIELD_INVALID_KEY = "org.rcpmodel.field.invalid";

  /**
   * Creates a violation.
   *
   * @param code the code, as {@link #code()} returns it
   * @param severity the severity, as {@link #severity()} returns it
   * @param path the path, as {@link #path()} returns it
   * @param message the message, as {@link #message()} returns it
   * @throws NullPointerException if an argument is null
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Converts a constraint violation found on a {@code Document} by any Hibernate Validator, such as
   * a consumer's plain default {@code Validator}: a rule finding keeps its code, severity and pointer;
   * a field constraint becomes {@code field.required} or {@code field.invalid} as its message key
   * says ({@code org.rcpmodel.field.required}, {@code org.rcpmodel.field.invalid.*}), or else by
   * its type (NotNull, NotBlank, NotEmpty, an empty value under Size(min &gt; 0): required; any other:
   * invalid), with severity ERROR and the pointer of its property path. The message is the violation's interpolated message.
   *
   * @param violation the violation; not null
   * @return the violation in this library's terms, never null
   * @throws NullPointerException if {@code violation} is null
   */
  public static Violation from(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    RuleFinding finding = null;
    if (violation instanceof HibernateConstraintViolation<?> hv) {
      finding = hv.getDynamicPayload(RuleFinding.class);
    }
    if (finding != null) {
      return new Violation(finding.code(), finding.severity(), finding.pointer(), violation.getMessage());
    }
    return new Violation(fieldCode(violation), Severity.ERROR, JsonPointers.of(violation.getPropertyPath()),
        violation.getMessage());
  }

  private static String fieldCode(ConstraintViolation<?> violation) {
    // The model names the code in its message keys; the annotation type decides for any other.
    String template = violation.getMessageTemplate();
    if (template.startsWith("{" + FIELD_REQUIRED_KEY)) {
      return RuleCatalogue.FIELD_REQUIRED;
    }
    if (template.startsWith("{" + FIELD_INVALID_KEY)) {
      return RuleCatalogue.FIELD_INVALID;
    }
    Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (type == NotNull.class || type == NotBlank.class || type == NotEmpty.class) {
      return RuleCatalogue.FIELD_REQUIRED;
    }
    if (type == Size.class) {
      Object min = violation.getConstraintDescriptor().getAttributes().get("min");
      Object value = violation.getInvalidValue();
      int size = value instanceof java.util.Collection<?> c ? c.size()
          : value instanceof CharSequence s ? s.length() : -1;
      // Size(min = 1) on an empty value says "required"; too long or too many is a wrong form.
      return size == 0 && min instanceof Integer m && m > 0 ? RuleCatalogue.FIELD_REQUIRED
          : RuleCatalogue.FIELD_INVALID;
    }
    return RuleCatalogue.FIELD_INVALID;
  }
}
