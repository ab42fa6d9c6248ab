package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_PERIOD_REVERSED;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Period;

/**
 * The field rules: {@code field.required} and {@code field.invalid}, exactly the model's Jakarta
 * constraint annotations as {@link FieldTable} reads them (the annotations are the only declaration;
 * FieldEquivalenceTest holds the findings to what a plain Hibernate Validator reports), and
 * {@code period.reversed} for every period of the model. The walk starts at each record of the
 * document's lists (the document does not cascade into them for Bean Validation, so that a
 * {@code Validator} running {@link DocumentRules} does not report them twice) and follows the
 * {@code @Valid} cascades from there.
 *
 * <p>The place of a value is kept as a stack of segments while walking, and a {@link Loc} is built
 * only for a finding: most records are clean and cost no allocation here. Not thread-safe; one
 * instance per validation run.
 */
final class FieldRules {

  private static final FieldTable DOCUMENT = FieldTable.of(Document.class);
  private static final FieldTable PROCESS = FieldTable.of(ConsultativeProcess.class);
  /** The document's list property the engine walks per process, apart from the other records. */
  private static final String PROCESSES = "processes";

  static {
    // Annotations whose type cannot be loaded are silently absent to reflection: refuse to check nothing.
    if (DOCUMENT.checked.length == 0) {
      throw new IllegalStateException("The model's Jakarta constraint annotations are not visible (is "
          + "jakarta.validation-api on the class path?): the rule engine would check no field constraint");
    }
  }

  private final DocumentIndex index;
  private final Findings findings;
  private final AcceptedIds acceptedIds = new AcceptedIds();
  private Loc base = Loc.ROOT;
  private String[] names = new String[16];
  /** The list index after the name, or -1; a map value has its key in {@link #keys}. */
  private int[] indexes = new int[16];
  private String[] keys = new String[16];
  private int depth;

  FieldRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  /** The document's own fields ({@code schemaVersion}, {@code title}); its lists are walked apart. */
  void documentFields() {
    base = Loc.ROOT;
    walk(DOCUMENT, index.doc);
  }

  /** The records of the document's lists (its sources, States, organizations ...) but the processes. */
  void documentRecords() {
    base = Loc.ROOT;
    for (FieldTable.Property list : DOCUMENT.properties) {
      if (list.shape == FieldTable.Shape.LIST && !list.name.equals(PROCESSES) && isRecord(list.elementType)) {
        FieldTable table = FieldTable.of(list.elementType);
        List<?> records = (List<?>) list.get(index.doc);
        for (int i = 0; i < records.size(); i++) {
          push(list.name, i, null);
          walk(table, records.get(i));
          pop();
        }
      }
    }
  }

  /** One process and its records. */
  void process(ProcessIndex p) {
    base = p.base;
    walk(PROCESS, p.process);
  }

  /**
   * One record of any type, and what it cascades into, as if it stood at {@code at}: how a test
   * shows that a constraint on a type the engine has never seen is applied as its annotation says.
   */
  void record(Class<?> type, Object record, Loc at) {
    base = at;
    walk(FieldTable.of(type), record);
  }

  /** Whether the elements of a list of the document are records of the model (not ids or text). */
  static boolean isRecord(Class<?> type) {
    return type.getPackage() == Document.class.getPackage() && !type.isEnum();
  }

  private void walk(FieldTable table, Object record) {
    for (FieldTable.Property property : table.checked) {
      Object value = property.get(record);
      for (FieldConstraint constraint : property.valueConstraints) {
        if (!acceptedIds.accepts(constraint, value)) {
          report(constraint, value, property.name, -1, null);
        }
      }
      if (value == null || !property.elementChecks) {
        continue; // nothing to check in it, or no value or container (the model never returns null; a test type may)
      }
      switch (property.shape) {
        case PLAIN -> element(property, value, -1, null);
        case OPTIONAL -> element(property, ((Optional<?>) value).orElse(null), -1, null);
        case LIST -> {
          List<?> elements = (List<?>) value;
          for (int k = 0; k < elements.size(); k++) {
            element(property, elements.get(k), k, null);
          }
        }
        case MAP -> {
          for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            element(property, entry.getValue(), -1, String.valueOf(entry.getKey()));
          }
        }
        default -> throw new IllegalStateException(property.shape.name());
      }
    }
  }

  /** A value of a property (the property's own for a plain one), element {@code k} or the value of key {@code key}. */
  private void element(FieldTable.Property property, Object value, int k, String key) {
    if (property.shape != FieldTable.Shape.PLAIN) {
      for (FieldConstraint constraint : property.elementConstraints) {
        if (!acceptedIds.accepts(constraint, value)) {
          report(constraint, value, property.name, k, key);
        }
      }
    }
    if (value == null) {
      return;
    }
    if (property.period) {
      Period period = (Period) value;
      if (period.isReversed() == Answer.YES) {
        findings.report(RULE_PERIOD_REVERSED, place(property.name, k, key), "period", period.toString());
      }
    }
    if (property.walksCascade) {
      push(property.name, k, key);
      walk(property.cascadeTable(), value);
      pop();
    }
  }

  private void report(FieldConstraint constraint, Object refused, String name, int k, String key) {
    findings.field(constraint.rule(refused), constraint.messageKey, place(name, k, key));
  }

  private void push(String name, int k, String key) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
      keys = Arrays.copyOf(keys, depth * 2);
    }
    names[depth] = name;
    indexes[depth] = k;
    keys[depth] = key;
    depth++;
  }

  private void pop() {
    depth--;
  }

  /** The place of the value being walked: the walk's segments, then {@code name} (and {@code k} or {@code key}). */
  private Loc place(String name, int k, String key) {
    Loc at = base;
    for (int i = 0; i < depth; i++) {
      at = segment(at, names[i], indexes[i], keys[i]);
    }
    return segment(at, name, k, key);
  }

  private static Loc segment(Loc at, String name, int k, String key) {
    if (k >= 0) {
      return at.at(name, k);
    }
    Loc property = at.at(name);
    return key == null ? property : property.at(key);
  }
}
