package org.rcpmodel.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The class-level constraint that runs the rule engine (the field constraints of every record in
 * the document and the cross-object rules of the catalogue) on a {@code Document}. The model declares it; its validator, {@link DocumentRulesValidator}, is found
 * by Hibernate Validator through {@code META-INF/services/jakarta.validation.ConstraintValidator},
 * so the model does not depend on rule code and a plain default {@code Validator} runs the rules
 * with no configuration.
 *
 * <p>Each finding becomes its own constraint violation, with the property path of the offending
 * element, a message from the rule's bundle key and a {@link RuleFinding} as dynamic payload.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface DocumentRules {

  /**
   * The message of the constraint as a whole; each finding carries its own rule message instead.
   *
   * @return the message template
   */
  String message() default "{org.rcpmodel.rule.document}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
