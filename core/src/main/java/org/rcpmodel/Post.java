package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.Period;

/**
 * A post a person holds in an organization or a State agency: "Regional Director for Europe and
 * Central Asia" at IOM.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Post implements Annotated {

  /**
   * The title of the post.
   *
   * @return the title, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getTitle();

  /**
   * The id of the organization the post belongs to.
   *
   * @return the id, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getOrganization();

  /**
   * The State the post serves, by ISO 3166-1 alpha-3 code.
   *
   * @return the code, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.STATE_CODE, message = Patterns.STATE_CODE_MESSAGE) String> getState();

  /**
   * When the post was held.
   *
   * @return the period, or empty when unknown
   */
  public abstract Optional<Period> getPeriod();

  /**
   * Ids of the sources that state it.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSources();

  /**
   * The process the post is held in (format 1.1), such as the chair of the Almaty Process.
   *
   * @return the process id, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getProcess();

  /**
   * The chair term the post is held in (format 1.1), by the term's id within {@link #getProcess()}:
   * the person who chaired for Kazakhstan in 2013-2016.
   *
   * @return the chair term's id, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getChairTerm();

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

  /** Builds a {@link Post}; not thread-safe. */
  public static class Builder extends ImmutablePost.Builder {}
}
