package org.rcpmodel.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The class-level constraint that runs the rule engine (the field constraints of every record in
 * the document and the cross-object rules of the catalogue) on a {@code Document}, reporting the
 * findings of the {@linkplain #severities() severities} it names. The model declares it twice:
 * {@code @DocumentRules} in the default group reports the ERRORs, and
 * {@code @DocumentRules(groups = Warnings.class, severities = {WARNING, INFO})} the rest, so that a
 * plain {@code validate(document)} or {@code @Valid} rejects only a document with an error
 * ({@link Warnings} explains the groups).
 *
 * <p>Its validator, {@link DocumentRulesValidator}, is found by Hibernate Validator (8 or later) as
 * a service ({@code META-INF/services/jakarta.validation.ConstraintValidator} on the class path, a
 * {@code provides} clause of module {@code org.rcpmodel.core} on the module path), so the model
 * does not depend on rule code and a plain default Hibernate Validator {@code Validator} runs the
 * rules with no configuration. Both the service lookup and the reporting are Hibernate Validator
 * features: another Bean Validation provider does not run the rules.
 *
 * <p>Each finding becomes its own constraint violation, with the property path of the offending
 * element, a message from the rule's bundle key and a {@link RuleFinding} as dynamic payload.
 * Validating the {@link Warnings} group runs the engine once per declaration (twice in all).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(DocumentRules.List.class)
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

  /**
   * The severities of the findings this constraint reports; findings of other severities are left
   * to another declaration.
   *
   * @return the severities; ERROR unless set
   */
  Severity[] severities() default {Severity.ERROR};

  /** Holds the declarations of {@link DocumentRules} on one type, one per group. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /**
     * The declarations.
     *
     * @return the declarations
     */
    DocumentRules[] value();
  }
}
