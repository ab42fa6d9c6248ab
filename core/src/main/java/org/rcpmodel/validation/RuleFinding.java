package org.rcpmodel.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the rule engine attaches to each constraint violation it reports through Hibernate
 * Validator, as the violation's dynamic payload: the rule code, the severity of this finding and the
 * JSON Pointer of the offending element. A consumer validating with Hibernate Validator (the only
 * provider that runs the rules, see {@link DocumentRules}) reads it from a
 * {@code ConstraintViolation<Document> violation} with
 * <pre>{@code
 * HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
 * RuleFinding finding = hibernate.getDynamicPayload(RuleFinding.class); // null for Document's own fields
 * }</pre>
 * or converts the whole violation with {@link Violation#from(jakarta.validation.ConstraintViolation)}.
 *
 * <p>Immutable, thread-safe and serializable: its serialized form is its three components, as for
 * any serializable record (the serialized-form page leaves it out, {@code @serial exclude}, because
 * JDK 17's javadoc asks for comments on the fields behind the components).
 *
 * @serial exclude
 *
 * @param code the rule code; never null
 * @param severity the severity of this finding (a rule's severity lowered one step when the dates
 *     only allow that the record is wrong); never null
 * @param pointer the JSON Pointer of the offending element in the document format; never null
 */
public record RuleFinding(String code, Severity severity, String pointer) implements Serializable {

  /**
   * Creates a finding.
   *
   * @param code the code, as {@link #code()} returns it
   * @param severity the severity, as {@link #severity()} returns it
   * @param pointer the pointer, as {@link #pointer()} returns it
   * @throws NullPointerException if an argument is null
   */
  public RuleFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
  }
}
