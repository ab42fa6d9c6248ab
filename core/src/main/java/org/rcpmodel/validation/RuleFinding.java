package org.rcpmodel.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the rule engine attaches to each constraint violation it reports through Hibernate
 * Validator, as the violation's dynamic payload: the rule code, the severity of this finding and the
 * JSON Pointer of the offending element. A consumer using a plain {@code jakarta.validation.Validator}
 * reads it with {@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(RuleFinding.class)},
 * or converts the whole violation with {@link Violation#from(jakarta.validation.ConstraintViolation)}.
 *
 * <p>Immutable, thread-safe and serializable.
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
   * @throws NullPointerException if an argument is null
   */
  public RuleFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
  }
}
