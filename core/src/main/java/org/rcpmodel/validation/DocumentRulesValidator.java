package org.rcpmodel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.rcpmodel.Document;

/**
 * Validates {@link DocumentRules} on a {@link Document}: runs the rule engine once, field
 * constraints of every record below the document and cross-object rules alike, and reports each
 * finding of the severities the constraint names ({@link DocumentRules#severities()}) as its own
 * constraint violation, with the property path of the offending element, the
 * finding's message template (a rule's {@code {org.rcpmodel.rule.<code>}}, or the key a field's
 * annotation names) and a {@link RuleFinding} dynamic payload carrying code, severity and JSON
 * Pointer. The constraints on the document's own fields ({@code schemaVersion}, {@code title}) are
 * left to the provider, which checks them on {@code Document} directly; {@code Document} does not
 * cascade into its lists, so nothing is reported twice.
 *
 * <p>Values from the data reach the message only as message parameters, never as part of a
 * template. Hibernate Validator 9 inserts parameter values as they are, without interpolating them
 * again, and evaluates no expression language in custom violations unless configured to
 * ({@code hibernate.validator.custom_violation_expression_language_feature_level}, NONE by default),
 * so a value such as {@code ${1+1}} appears literally; a test pins this. Escaping the values would
 * be wrong: the backslashes would show.
 *
 * <p>Needs Hibernate Validator: it reports through {@code HibernateConstraintValidatorContext}
 * (message parameters and the dynamic payload), and is registered as a
 * {@code jakarta.validation.ConstraintValidator} service, which Hibernate Validator looks up.
 * Thread-safe once initialized; the provider initializes each instance once.
 */
public final class DocumentRulesValidator implements ConstraintValidator<DocumentRules, Document> {

  private Set<Severity> severities = EnumSet.of(Severity.ERROR);

  /** Creates the validator; called by the Bean Validation provider. */
  public DocumentRulesValidator() {
    // the severities come with initialize; the engine is stateless between calls
  }

  /**
   * Takes the severities to report from the constraint.
   *
   * @param constraint the declaration being validated; not null
   */
  @Override
  public void initialize(DocumentRules constraint) {
    Set<Severity> chosen = EnumSet.noneOf(Severity.class);
    chosen.addAll(List.of(constraint.severities()));
    severities = chosen;
  }

  /**
   * Runs the rules.
   *
   * @param document the document; null is valid (a missing document is a matter for {@code @NotNull})
   * @param context the context to report findings through; not null
   * @return {@code true} when the rules find nothing of this constraint's severities
   */
  @Override
  public boolean isValid(Document document, ConstraintValidatorContext context) {
    if (document == null) {
      return true;
    }
    List<Finding> findings = RuleEngine.check(document, false).stream()
        .filter(finding -> severities.contains(finding.severity())).toList();
    if (findings.isEmpty()) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    for (Finding finding : findings) {
      for (Map.Entry<String, Object> parameter : finding.parameters().entrySet()) {
        if (parameter.getValue() instanceof Phrase phrase && LateParameters.AVAILABLE) {
          // Not turned into text now, as Hibernate Validator's escaping would do, but when the message
          // is interpolated, so that its words are in the locale of that interpolation.
          LateParameters.add(hibernate, parameter.getKey(), new EscapedPhrase(phrase));
        } else {
          hibernate.addMessageParameter(parameter.getKey(), parameter.getValue());
        }
      }
      hibernate.withDynamicPayload(finding.payload());
      addViolation(hibernate.buildConstraintViolationWithTemplate("{" + finding.messageKey() + "}"),
          finding.segments());
    }
    return false;
  }

  /**
   * Adds the violation at the path given as JSON Pointer segments: a name is a property node, an
   * index puts the next node in an iterable at that index (a trailing index becomes an indexed bean
   * node), which is how Hibernate Validator itself writes {@code processes[0].chairs[1].period}.
   */
  private static void addViolation(ConstraintViolationBuilder builder, List<Object> segments) {
    Object context = builder;
    Integer pendingIndex = null;
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        pendingIndex = index;
        continue;
      }
      NodeBuilderCustomizableContext node = addPropertyNode(context, (String) segment);
      context = pendingIndex == null ? node : node.inIterable().atIndex(pendingIndex);
      pendingIndex = null;
    }
    if (pendingIndex != null) {
      LeafNodeBuilderCustomizableContext leaf = addBeanNode(context);
      leaf.inIterable().atIndex(pendingIndex).addConstraintViolation();
    } else if (context instanceof ConstraintViolationBuilder b) {
      b.addConstraintViolation();
    } else if (context instanceof NodeBuilderCustomizableContext c) {
      c.addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) context).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext addPropertyNode(Object context, String name) {
    if (context instanceof ConstraintViolationBuilder b) {
      return b.addPropertyNode(name);
    }
    if (context instanceof NodeBuilderCustomizableContext c) {
      return c.addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) context).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext addBeanNode(Object context) {
    if (context instanceof ConstraintViolationBuilder b) {
      return b.addBeanNode();
    }
    if (context instanceof NodeBuilderCustomizableContext c) {
      return c.addBeanNode();
    }
    return ((NodeBuilderDefinedContext) context).addBeanNode();
  }

  /**
   * Message parameters that Hibernate Validator turns into text when it interpolates, not when they
   * are added: {@code MessageParameterEscaping} exists from Hibernate Validator 9.1 on. With an older
   * one (Spring Boot 4.0 brings 9.0) a phrase is added as any parameter and so is said in the
   * JVM's default locale. Its own class, so that an older Hibernate Validator never loads the type.
   */
  private static final class LateParameters {
    static final boolean AVAILABLE = present("org.hibernate.validator.messageinterpolation.MessageParameterEscaping");

    private static boolean present(String type) {
      try {
        Class.forName(type, false, DocumentRulesValidator.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }

    static void add(HibernateConstraintValidatorContext context, String name, Object value) {
      context.addMessageParameter(name, value, MessageParameterEscaping.NONE);
    }
  }

  /**
   * A phrase as Hibernate Validator inserts it: its text in {@link Messages#phraseLocale()}, with
   * each backslash, brace and dollar sign escaped with a backslash, as Hibernate Validator escapes
   * any message parameter, so that the data in it stays literal.
   */
  private record EscapedPhrase(Phrase phrase) {
    @Override
    public String toString() {
      String text = phrase.toString();
      StringBuilder sb = new StringBuilder(text.length() + 8);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\' || c == '{' || c == '}' || c == '$') {
          sb.append('\\');
        }
        sb.append(c);
      }
      return sb.toString();
    }
  }
}
