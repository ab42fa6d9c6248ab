package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one or more sources call a process (the Abu Dhabi Dialogue calls itself an RCP; an IOM
 * handbook calls it an IRF). The model keeps every classification; it does not pick a winner.
 *
 * <p>Immutable and thread-safe; equal when kind and sources are equal.
 */
@Value.Immutable
public abstract class Classification implements Annotated {

  /**
   * The kind the sources give.
   *
   * @return the kind, never null
   */
  public abstract ProcessKind getKind();

  /**
   * Ids of the sources that classify the process so.
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

  /** Builds a {@link Classification}; not thread-safe. */
  public static class Builder extends ImmutableClassification.Builder {}
}
