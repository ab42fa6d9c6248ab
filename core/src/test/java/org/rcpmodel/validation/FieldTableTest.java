package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * The engine's field checks come from the model's annotations and from nowhere else: every
 * constraint annotation of every model type is in its {@link FieldTable}, every constrained type is
 * reached by the walk, a constraint on a type the engine has never seen is reported exactly as
 * Hibernate Validator reports it, and a constraint the engine cannot apply fails the table's build.
 */
class FieldTableTest {

  private static final Validator PLAIN = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void everyConstraintAnnotationOfTheModelIsInTheTable() throws Exception {
    List<Class<?>> types = ModelTypes.all();
    assertThat(types).contains(Document.class, ConsultativeProcess.class, org.rcpmodel.Meeting.class)
        .hasSizeGreaterThan(25);
    int declared = 0;
    for (Class<?> type : types) {
      FieldTable table = FieldTable.of(type); // builds without an unsupported constraint
      Map<String, FieldTable.Property> byName = new LinkedHashMap<>();
      table.properties.forEach(p -> byName.put(p.name, p));
      for (Method method : type.getMethods()) {
        String name = FieldTable.propertyName(method);
        if (name == null || method.getDeclaringClass().isInterface()) {
          continue;
        }
        List<String> onValue = keys(method.getAnnotations());
        List<String> onElements = new ArrayList<>();
        AnnotatedType returned = method.getAnnotatedReturnType();
        if (returned instanceof AnnotatedParameterizedType parameterized) {
          AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
          onElements.addAll(keys(arguments[arguments.length - 1].getAnnotations()));
        }
        declared += onValue.size() + onElements.size();
        FieldTable.Property property = byName.get(name);
        assertThat(property).as(type.getSimpleName() + "." + name).isNotNull();
        assertThat(keys(property.valueConstraints)).as(type.getSimpleName() + "." + name).isEqualTo(onValue);
        assertThat(keys(property.elementConstraints)).as(type.getSimpleName() + "." + name + " elements")
            .isEqualTo(onElements);
        boolean valid = method.isAnnotationPresent(Valid.class) || returned instanceof AnnotatedParameterizedType p
            && p.getAnnotatedActualTypeArguments()[p.getAnnotatedActualTypeArguments().length - 1]
                .isAnnotationPresent(Valid.class);
        assertThat(property.cascade).as(type.getSimpleName() + "." + name + " cascade").isEqualTo(valid);
      }
    }
    // The model's ~130 constraint uses (each @Pattern, @NotBlank, @Size, @Positive, @Min counted once).
    assertThat(declared).isGreaterThan(100);
  }

  private static List<String> keys(Annotation[] annotations) {
    List<String> out = new ArrayList<>();
    for (Annotation annotation : FieldTable.constraints(annotations)) {
      try {
        String message = (String) annotation.annotationType().getMethod("message").invoke(annotation);
        String kind = annotation.annotationType().getSimpleName();
        // @Positive is applied as @Min(1): one kind of check, compared by key.
        out.add((kind.equals("Positive") || kind.equals("Min") ? "" : kind) + " "
            + message.substring(1, message.length() - 1));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return out;
  }

  private static List<String> keys(FieldConstraint[] constraints) {
    List<String> out = new ArrayList<>();
    for (FieldConstraint constraint : constraints) {
      String kind = constraint.getClass().getSimpleName().replace("Constraint", "");
      out.add((kind.equals("Min") ? "" : kind) + " " + constraint.messageKey);
    }
    return out;
  }

  @Test
  void everyConstrainedModelTypeIsReachedByTheWalk() throws Exception {
    // From the document's lists of records (walked as roots), along the @Valid cascades.
    Set<Class<?>> reached = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (FieldTable.Property list : FieldTable.of(Document.class).properties) {
      if (list.shape == FieldTable.Shape.LIST && FieldRules.isRecord(list.elementType)) {
        todo.add(list.elementType);
      }
    }
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (reached.add(type)) {
        for (FieldTable.Property p : FieldTable.of(type).checked) {
          if (p.cascade) {
            todo.add(p.elementType);
          }
        }
      }
    }
    for (Class<?> type : ModelTypes.all()) {
      FieldTable table = FieldTable.of(type);
      boolean constrained = Stream.of(table.checked)
          .anyMatch(p -> p.valueConstraints.length > 0 || p.elementConstraints.length > 0 || p.period);
      if (constrained && type != Document.class) {
        assertThat(reached).as(type.getSimpleName() + " has constraints but no @Valid leads to it").contains(type);
      }
    }
  }

  @Test
  void propertyNamesAreTheAccessorsWithoutTheirPrefix() {
    Map<String, FieldTable.Property> document = new LinkedHashMap<>();
    FieldTable.of(Document.class).properties.forEach(p -> document.put(p.name, p));
    assertThat(document).containsKeys("schemaVersion", "title", "asOf", "sources", "processes", "people");
    Map<String, FieldTable.Property> rule = new LinkedHashMap<>();
    FieldTable.of(org.rcpmodel.ChairingRule.class).properties.forEach(p -> rule.put(p.name, p));
    assertThat(rule).containsKeys("maxConcurrentChairs", "termMonths", "officeTitle", "rotationGroups", "inferred");
  }

  // ---- a type the engine has never seen -----------------------------------------------------------

  /** A record with one of each supported constraint and cascade; not part of the model. */
  public static final class Probe {
    private final String name;
    private final Optional<String> code;
    private final List<Integer> counts;
    private final List<Child> children;
    private final Map<String, Child> byKey;
    private final int level;
    private final Optional<Period> period;

    Probe(String name, Optional<String> code, List<Integer> counts, List<Child> children, Map<String, Child> byKey,
        int level, Optional<Period> period) {
      this.name = name;
      this.code = code;
      this.counts = counts;
      this.children = children;
      this.byKey = byKey;
      this.level = level;
      this.period = period;
    }

    @NotBlank(message = "{org.rcpmodel.field.required}")
    public String getName() {
      return name;
    }

    // An expression FieldForms has no character check for: matched by java.util.regex.
    public Optional<@Pattern(regexp = "[a-z]+-[0-9]", message = "{org.rcpmodel.field.invalid.probe-code}") String> getCode() {
      return code;
    }

    public List<@Positive(message = "{org.rcpmodel.field.invalid.positive}") Integer> getCounts() {
      return counts;
    }

    @Size(min = 1, max = 2, message = "{org.rcpmodel.field.required}")
    public List<@Valid Child> getChildren() {
      return children;
    }

    public Map<String, @Valid Child> getByKey() {
      return byKey;
    }

    // No message key of the model's: the code comes from the annotation type, as Violation.from does it.
    @Min(2)
    public int getLevel() {
      return level;
    }

    public Optional<Period> getPeriod() {
      return period;
    }
  }

  /** A cascaded record of {@link Probe}. */
  public static final class Child {
    private final List<String> tags;

    Child(List<String> tags) {
      this.tags = tags;
    }

    public List<@NotBlank(message = "{org.rcpmodel.field.required}") @Size(max = 3) String> getTags() {
      return tags;
    }
  }

  private static List<String> engine(Probe probe) {
    Findings findings = new Findings(1000);
    new FieldRules(new DocumentIndex(Document.builder().build()), findings)
        .record(Probe.class, probe, Loc.ROOT.at("probes", 4));
    List<String> out = new ArrayList<>();
    for (Finding f : findings.list()) {
      out.add(f.rule().code() + " " + f.pointer() + " " + f.messageKey());
    }
    return out;
  }

  private static List<String> hibernate(Probe probe) {
    List<String> out = new ArrayList<>();
    for (ConstraintViolation<Probe> v : PLAIN.validate(probe)) {
      String template = v.getMessageTemplate();
      out.add(Violation.from(v).code() + " /probes/4" + JsonPointers.of(v.getPropertyPath()) + " "
          + template.substring(1, template.length() - 1));
    }
    return out;
  }

  @Test
  void aConstraintOnATypeTheEngineHasNeverSeenIsReportedAsHibernateValidatorReportsIt() {
    Map<String, Child> byKey = new LinkedHashMap<>();
    byKey.put("a/b", new Child(List.of("ok", " ")));
    byKey.put("c", new Child(List.of("toolong")));
    Probe bad = new Probe(" ", Optional.of("AB-1"), List.of(3, 0, -2), List.of(), byKey, 1, Optional.empty());
    List<String> found = engine(bad);
    assertThat(found).containsExactlyInAnyOrderElementsOf(hibernate(bad));
    assertThat(found).containsExactlyInAnyOrder(
        "field.required /probes/4/name org.rcpmodel.field.required",
        "field.invalid /probes/4/code org.rcpmodel.field.invalid.probe-code",
        "field.invalid /probes/4/counts/1 org.rcpmodel.field.invalid.positive",
        "field.invalid /probes/4/counts/2 org.rcpmodel.field.invalid.positive",
        "field.required /probes/4/children org.rcpmodel.field.required",
        "field.required /probes/4/byKey/a~1b/tags/1 org.rcpmodel.field.required",
        "field.invalid /probes/4/byKey/c/tags/0 jakarta.validation.constraints.Size.message",
        "field.invalid /probes/4/level jakarta.validation.constraints.Min.message");

    Probe tooMany = new Probe("x", Optional.of("ab-1"), List.of(1), List.of(new Child(List.of()),
        new Child(List.of("")), new Child(List.of())), Map.of(), 2, Optional.empty());
    assertThat(engine(tooMany)).containsExactlyInAnyOrderElementsOf(hibernate(tooMany)).containsExactlyInAnyOrder(
        "field.required /probes/4/children org.rcpmodel.field.required", // too many: the key names the code
        "field.required /probes/4/children/1/tags/0 org.rcpmodel.field.required");

    Probe good = new Probe("x", Optional.empty(), List.of(1), List.of(new Child(List.of("t"))), Map.of(), 2,
        Optional.of(Period.of(PartialDate.ofYear(2010), PartialDate.ofYear(2012))));
    assertThat(engine(good)).isEmpty();
    assertThat(hibernate(good)).isEmpty();
  }

  @Test
  void aPeriodOfATypeTheEngineHasNeverSeenIsCheckedForReversal() {
    Probe reversed = new Probe("x", Optional.empty(), List.of(), List.of(new Child(List.of())), Map.of(), 2,
        Optional.of(Period.of(PartialDate.ofYear(2012), PartialDate.ofYear(2010))));
    assertThat(engine(reversed)).containsExactly("period.reversed /probes/4/period org.rcpmodel.rule.period.reversed");
  }

  // ---- what the engine refuses --------------------------------------------------------------------

  /** A constraint the engine does not apply. */
  public static final class WithEmail {
    @Email
    public String getAddress() {
      return "x";
    }
  }

  /** A constraint of one's own (not one of Jakarta Validation's). */
  @jakarta.validation.Constraint(validatedBy = {})
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
  public @interface Custom {
    /** The message. */
    String message() default "custom";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends jakarta.validation.Payload>[] payload() default {};
  }

  /** A record with a constraint of its own. */
  public static final class WithCustom {
    public List<@Custom String> getNames() {
      return List.of();
    }
  }

  /** A supported constraint in a group of its own. */
  public static final class WithGroup {
    @NotBlank(groups = Warnings.class)
    public String getName() {
      return "x";
    }
  }

  /** A text constraint on a list. */
  public static final class WithPatternOnAList {
    @Pattern(regexp = "x")
    public List<String> getNames() {
      return List.of();
    }
  }

  @Test
  void aConstraintTheEngineCannotApplyFailsWhenTheTableIsBuilt() {
    assertThatThrownBy(() -> FieldTable.of(WithEmail.class))
        .isInstanceOf(FieldConstraint.UnsupportedConstraintException.class)
        .hasMessageContaining("jakarta.validation.constraints.Email").hasMessageContaining("getAddress()");
    assertThatThrownBy(() -> FieldTable.of(WithCustom.class))
        .isInstanceOf(FieldConstraint.UnsupportedConstraintException.class)
        .hasMessageContaining("FieldTableTest$Custom").hasMessageContaining("getNames()");
    assertThatThrownBy(() -> FieldTable.of(WithGroup.class))
        .isInstanceOf(FieldConstraint.UnsupportedConstraintException.class).hasMessageContaining("groups");
    assertThatThrownBy(() -> FieldTable.of(WithPatternOnAList.class))
        .isInstanceOf(FieldConstraint.UnsupportedConstraintException.class).hasMessageContaining("java.util.List");
  }
}
