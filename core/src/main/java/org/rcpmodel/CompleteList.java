package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * A declaration that the document names every participant of one role on one date (format 1.1): "the
 * membership list is complete as of 2025-04-24". The world of a document is open: without such a
 * declaration the absence of a record proves nothing; with it, a participant not recorded in the role
 * on that date did not hold it.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class CompleteList implements Annotated {

  /**
   * The role whose list is complete.
   *
   * @return the role, never null
   */
  public abstract Role getRole();

  /**
   * The date on which the list is complete.
   *
   * @return the date, never null
   */
  public abstract PartialDate getAsOf();

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

  /** Builds a {@link CompleteList}; not thread-safe. */
  public static class Builder extends ImmutableCompleteList.Builder {}
}
