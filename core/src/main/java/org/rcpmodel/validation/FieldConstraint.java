package org.rcpmodel.validation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/**
 * One Jakarta constraint annotation of the model, as the rule engine applies it: the same verdict as
 * the constraint's validator in Hibernate Validator (a null value, which is what an empty
 * {@code Optional} hands its element constraints, is valid except under {@code @NotBlank}), and the
 * code and message key a {@link Violation} of it gets: the key is the annotation's message template
 * without its braces, and the code is what the key says ({@code org.rcpmodel.field.required...} or
 * {@code org.rcpmodel.field.invalid...}), or else what the annotation type says
 * ({@code @NotBlank} and {@code @Size(min > 0)} on an empty value: field.required; any other:
 * field.invalid), as {@link Violation#from} decides it for a plain Validator.
 *
 * <p>Supported: {@code @NotBlank}, {@code @Pattern} (with its flags), {@code @Positive} and {@code @Min}
 * on integral numbers, {@code @Size} on text, collections and maps, all in the default group. Any other
 * constraint, or a supported one with groups, is refused when the table is built
 * ({@link UnsupportedConstraintException}): the engine never silently ignores a constraint the model
 * declares.
 *
 * <p>Immutable and thread-safe.
 */
abstract class FieldConstraint {

  private static final String REQUIRED_PREFIX = Findings.REQUIRED_KEY;
  private static final String INVALID_PREFIX = "org.rcpmodel.field.invalid";

  /** The message key: the annotation's message template without its braces. */
  final String messageKey;
  /**
   * Whether this is a {@code @Pattern} of the id form ({@link FieldForms#ID}, no flags): its verdict
   * on a text is {@link FieldForms#isId}, which {@link AcceptedIds} remembers within a run.
   */
  final boolean idForm;
  private final RuleId byKey;

  private FieldConstraint(String message) {
    this(message, false);
  }

  private FieldConstraint(String message, boolean idForm) {
    this.idForm = idForm;
    this.messageKey = message.startsWith("{") && message.endsWith("}") ? message.substring(1, message.length() - 1)
        : message;
    this.byKey = messageKey.startsWith(REQUIRED_PREFIX) ? RuleId.RULE_FIELD_REQUIRED
        : messageKey.startsWith(INVALID_PREFIX) ? RuleId.RULE_FIELD_INVALID : null;
  }

  /** Whether the value (null for an absent one) satisfies the constraint. */
  abstract boolean accepts(Object value);

  /** The rule a value this constraint refuses breaks. */
  final RuleId rule(Object refused) {
    return byKey != null ? byKey : ruleByType(refused);
  }

  /** The rule by the annotation type, for a message key that names none. */
  RuleId ruleByType(Object refused) {
    return RuleId.RULE_FIELD_INVALID;
  }

  /** The package of Jakarta Validation's built-in constraints. */
  private static final String BUILT_IN = NotBlank.class.getPackageName();

  /**
   * Whether an annotation is a Bean Validation constraint (its type meta-annotated {@code @Constraint}).
   * The built-in constraints (the top-level annotations of {@code jakarta.validation.constraints}; their
   * nested {@code List}s are containers) and the JDK's annotations are told by their package: reading
   * the meta-annotations of an annotation type costs milliseconds at start-up each.
   */
  static boolean isConstraint(Annotation annotation) {
    Class<? extends Annotation> type = annotation.annotationType();
    String pkg = type.getPackageName();
    if (pkg.equals(BUILT_IN)) {
      return type.getEnclosingClass() == null;
    }
    if (type == jakarta.validation.Valid.class || pkg.startsWith("java.") || pkg.startsWith("jdk.")) {
      return false;
    }
    return type == DocumentRules.class || type.isAnnotationPresent(jakarta.validation.Constraint.class);
  }

  /**
   * The constraint an annotation declares on a value of type {@code target}.
   *
   * @param where the model type and accessor, for the message of a refusal
   * @throws UnsupportedConstraintException for a constraint type, group or target type the engine
   *     does not apply
   */
  static FieldConstraint of(Annotation annotation, Class<?> target, String where) {
    if (annotation instanceof NotBlank a) {
      requireDefaultGroup(a.groups(), annotation, where);
      requireTarget(CharSequence.class.isAssignableFrom(target), annotation, target, where);
      return new NotBlankConstraint(a.message());
    }
    if (annotation instanceof Pattern a) {
      requireDefaultGroup(a.groups(), annotation, where);
      requireTarget(CharSequence.class.isAssignableFrom(target), annotation, target, where);
      return new PatternConstraint(a.message(), a.regexp(), a.flags());
    }
    if (annotation instanceof Positive a) {
      requireDefaultGroup(a.groups(), annotation, where);
      requireTarget(isIntegral(target), annotation, target, where);
      return new MinConstraint(a.message(), 1);
    }
    if (annotation instanceof Min a) {
      requireDefaultGroup(a.groups(), annotation, where);
      requireTarget(isIntegral(target), annotation, target, where);
      return new MinConstraint(a.message(), a.value());
    }
    if (annotation instanceof Size a) {
      requireDefaultGroup(a.groups(), annotation, where);
      requireTarget(CharSequence.class.isAssignableFrom(target) || Collection.class.isAssignableFrom(target)
          || Map.class.isAssignableFrom(target), annotation, target, where);
      return new SizeConstraint(a.message(), a.min(), a.max());
    }
    throw new UnsupportedConstraintException("The rule engine does not apply @"
        + annotation.annotationType().getName() + " (on " + where + "); supported: @NotBlank, @Pattern, "
        + "@Positive, @Min, @Size (FieldConstraint)");
  }

  private static boolean isIntegral(Class<?> type) {
    return type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == Byte.class || type == byte.class;
  }

  private static void requireDefaultGroup(Class<?>[] groups, Annotation annotation, String where) {
    if (groups.length != 0) {
      throw new UnsupportedConstraintException("The rule engine applies constraints of the default group only: @"
          + annotation.annotationType().getSimpleName() + " on " + where + " names groups");
    }
  }

  private static void requireTarget(boolean supported, Annotation annotation, Class<?> target, String where) {
    if (!supported) {
      throw new UnsupportedConstraintException("The rule engine does not apply @"
          + annotation.annotationType().getSimpleName() + " to a " + target.getName() + " (on " + where + ")");
    }
  }

  /** {@code @NotBlank}: Hibernate Validator's verdict is {@link String#isBlank()}, and null is blank. */
  private static final class NotBlankConstraint extends FieldConstraint {
    NotBlankConstraint(String message) {
      super(message);
    }

    @Override
    boolean accepts(Object value) {
      return value != null && !value.toString().isBlank();
    }

    @Override
    RuleId ruleByType(Object refused) {
      return RuleId.RULE_FIELD_REQUIRED;
    }
  }

  /**
   * {@code @Pattern}: the whole value matches. The model's own expressions are checked by
   * {@link FieldForms}' character checks (equal verdicts, tested); any other by the compiled expression.
   */
  private static final class PatternConstraint extends FieldConstraint {
    /** The form of {@link FieldForms#formOf}, or -1 to match {@link #compiled}. */
    private final int form;
    private final java.util.regex.Pattern compiled;

    PatternConstraint(String message, String regexp, Pattern.Flag[] flags) {
      this(message, regexp, flags, flags.length == 0 ? FieldForms.formOf(regexp) : -1);
    }

    private PatternConstraint(String message, String regexp, Pattern.Flag[] flags, int form) {
      super(message, form == FieldForms.ID);
      this.form = form;
      int bits = 0;
      for (Pattern.Flag flag : flags) {
        bits |= flag.getValue();
      }
      compiled = form >= 0 ? null : java.util.regex.Pattern.compile(regexp, bits);
    }

    @Override
    boolean accepts(Object value) {
      if (value == null) {
        return true;
      }
      String text = value instanceof String s ? s : value.toString();
      return form >= 0 ? FieldForms.matches(form, text) : compiled.matcher(text).matches();
    }
  }

  /** {@code @Min(value)} and {@code @Positive} (as {@code @Min(1)}) on integral numbers. */
  private static final class MinConstraint extends FieldConstraint {
    private final long min;

    MinConstraint(String message, long min) {
      super(message);
      this.min = min;
    }

    @Override
    boolean accepts(Object value) {
      return value == null || ((Number) value).longValue() >= min;
    }
  }

  /** {@code @Size(min, max)} on text, collections and maps; empty under a positive minimum is required. */
  private static final class SizeConstraint extends FieldConstraint {
    private final int min;
    private final int max;

    SizeConstraint(String message, int min, int max) {
      super(message);
      this.min = min;
      this.max = max;
    }

    private static int size(Object value) {
      if (value instanceof CharSequence s) {
        return s.length();
      }
      return value instanceof Map<?, ?> m ? m.size() : ((Collection<?>) value).size();
    }

    @Override
    boolean accepts(Object value) {
      if (value == null) {
        return true;
      }
      int size = size(value);
      return size >= min && size <= max;
    }

    @Override
    RuleId ruleByType(Object refused) {
      return size(refused) == 0 && min > 0 ? RuleId.RULE_FIELD_REQUIRED : RuleId.RULE_FIELD_INVALID;
    }
  }

  /** A constraint of the model that the rule engine cannot apply; thrown when its table is built. */
  static final class UnsupportedConstraintException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    UnsupportedConstraintException(String message) {
      super(message);
    }
  }
}
