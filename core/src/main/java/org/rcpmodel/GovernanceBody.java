package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.Period;

/**
 * A body of a process (format 1.1, a sub-organization in W3C ORG's terms): a steering committee, a
 * troika, a working group, with its members and their periods.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class GovernanceBody implements Annotated {

  /**
   * The id other records use to refer to the body, unique within its process.
   *
   * @return the id, never null
   */
  @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE)
  public abstract String getId();

  /**
   * The body's name, such as {@code Steering Committee}.
   *
   * @return the name, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getName();

  /**
   * The kind of body.
   *
   * @return the kind, never null
   */
  public abstract BodyKind getKind();

  /**
   * When the body existed.
   *
   * @return the period, or empty when unknown
   */
  public abstract Optional<Period> getPeriod();

  /**
   * Who sat on the body when.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid BodyMember> getMembers();

  /**
   * Ids of the sources that state this record.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSources();

  /** {@inheritDoc} */
  @Override
  public abstract List<@NotBlank(message = Patterns.REQUIRED_MESSAGE) String> getNotes();

  /** {@inheritDoc} */
  @Override
  @Value.Default
  public boolean isInferred() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GovernanceBody}; not thread-safe. */
  public static class Builder extends ImmutableGovernanceBody.Builder {}
}
