package org.rcpmodel;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.validation.DocumentRules;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.Warnings;

/**
 * A self-contained record of consultative processes: the States, organizations, frameworks,
 * sources and people its facts refer to, and the date the record describes the world as of.
 * References between entities are by id (organizations, meetings, frameworks, sources) or by
 * ISO 3166-1 alpha-3 code (States) and are resolved within the document.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal. The class-level
 * {@link DocumentRules} constraint makes a Hibernate Validator {@code Validator} run the library's rule
 * engine, which checks the field constraints of every record in the document and the cross-object
 * rules of the catalogue in one pass: the default group gets the ERRORs, the {@link Warnings} group
 * every finding. The lists are therefore not cascaded ({@code @Valid}) from here:
 * a cascade would walk the records a second time and report their field violations twice. The
 * records themselves keep their constraints and cascades, so validating one of them on its own (a
 * {@code ConsultativeProcess}, a {@code State}) gives the standard field checks.
 */
@Value.Immutable
@DocumentRules
@DocumentRules(groups = Warnings.class, severities = {Severity.WARNING, Severity.INFO})
public abstract class Document {

  /**
   * The version of the document format this library writes for a new document: {@code 1.1}. A
   * document read from a file keeps the version it declares (a {@code 1.0} document stays one).
   */
  public static final String CURRENT_SCHEMA_VERSION = "1.1";

  /**
   * The version of the document format, such as {@code 1.1}.
   *
   * @return the version; {@link #CURRENT_SCHEMA_VERSION} unless set
   */
  @Value.Default
  @Pattern(regexp = "[0-9]+\\.[0-9]+", message = "{org.rcpmodel.field.invalid.schema-version}")
  public String getSchemaVersion() {
    return CURRENT_SCHEMA_VERSION;
  }

  /**
   * A title for the document.
   *
   * @return the title, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getTitle();

  /**
   * The date the document describes the world as of.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> getAsOf();

  /**
   * The sources facts cite.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<Source> getSources();

  /**
   * States named in the document, with their names over time. A State may be referred to by code
   * without being listed here.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<State> getStates();

  /**
   * The organizations referred to.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<Organization> getOrganizations();

  /**
   * The frameworks referred to.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<Framework> getFrameworks();

  /**
   * The consultative processes.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<ConsultativeProcess> getProcesses();

  /**
   * Officials and contacts.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<Person> getPeople();

  /**
   * Finds a process by id.
   *
   * @param id the process id; not null
   * @return the first process with that id, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<ConsultativeProcess> findProcess(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return getProcesses().stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /**
   * Stops a Jackson mapper that lacks the rcp-model module from writing a document in a shape that is
   * not the document format (its getters, such as {@code "asOf":{"year":2025,...}}): Jackson 2 and
   * Jackson 3 both honour {@code @JsonValue} here, call this method, and fail with its message. A
   * mapper with the module never calls it, because a module's serializer is chosen before this
   * annotation is looked at. Not meant to be called otherwise.
   *
   * @return never returns normally
   * @throws UnsupportedOperationException always, naming the module to register
   */
  @JsonValue
  public final Object failWithoutJacksonModule() {
    throw new UnsupportedOperationException(JACKSON_MODULE_MISSING);
  }

  /** The message of {@link #failWithoutJacksonModule()}. */
  static final String JACKSON_MODULE_MISSING = "This Jackson mapper has no rcp-model module, so it would write "
      + "org.rcpmodel.Document in another shape than the document format (docs/FORMAT.md). Register "
      + "org.rcpmodel.json.RcpModule (Jackson 3, artifact rcp-json) or org.rcpmodel.jackson2.RcpJackson2Module "
      + "(Jackson 2, artifact rcp-jackson2), or build the mapper with findAndAddModules()";

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}; not thread-safe. */
  public static class Builder extends ImmutableDocument.Builder {}
}
