package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * An outcome document adopted at a meeting. Titles collide across processes (more than one
 * "Almaty Declaration"), so a declaration is identified by its process, meeting and date, and by
 * its id in the document, never by its title.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Declaration implements Annotated {

  /**
   * The id other records use to refer to this declaration.
   *
   * @return the id, never null
   */
  @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE)
  public abstract String getId();

  /**
   * The title as published, such as {@code Baku Declaration}.
   *
   * @return the title, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getTitle();

  /**
   * When it was adopted.
   *
   * @return the date, never null
   */
  public abstract PartialDate getAdopted();

  /**
   * The id of the meeting that adopted it.
   *
   * @return the meeting id, or empty when it was not adopted at a recorded meeting
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getMeeting();

  /**
   * Who adopted it.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Participant> getAdopters();

  /**
   * The themes it addresses, in the words of its sources.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@NotBlank(message = Patterns.REQUIRED_MESSAGE) String> getThemes();

  /**
   * Ids of the frameworks it refers to.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getFrameworks();

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

  /** Builds a {@link Declaration}; not thread-safe. */
  public static class Builder extends ImmutableDeclaration.Builder {}
}
