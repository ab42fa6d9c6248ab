package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * A global commitment a process supports or a declaration refers to: the Global Compact for
 * Migration, the Global Compact on Refugees, the 2030 Agenda.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Framework implements Annotated {

  /**
   * The id declarations and processes use to refer to this framework.
   *
   * @return the id, never null
   */
  @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE)
  public abstract String getId();

  /**
   * The full name.
   *
   * @return the name, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getName();

  /**
   * The acronym, such as {@code GCM}.
   *
   * @return the acronym, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getAcronym();

  /**
   * When it was adopted (or affirmed).
   *
   * @return the date, or empty when unknown
   */
  public abstract Optional<PartialDate> getAdopted();

  /**
   * Ids of the sources that state these facts.
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

  /** Builds a {@link Framework}; not thread-safe. */
  public static class Builder extends ImmutableFramework.Builder {}
}
