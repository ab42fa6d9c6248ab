package org.rcpmodel.json;

import java.util.List;
import java.util.Objects;
import org.rcpmodel.Document;

/**
 * A document read by {@link RcpJson} and what was read past to get it.
 *
 * @param document the document; never null
 * @param warnings the properties a lenient reader skipped, in document order, at most
 *     {@link RcpJson#MAX_WARNINGS} of them and then one warning that counts the rest; empty for a
 *     strict reader; an unmodifiable list, never null
 */
public record ReadResult(Document document, List<ReadWarning> warnings) {

  /**
   * Creates a result, copying the warnings.
   *
   * @param document the document, as {@link #document()} returns it
   * @param warnings the warnings, as {@link #warnings()} returns it
   * @throws NullPointerException if an argument or a warning is null
   */
  public ReadResult {
    Objects.requireNonNull(document, "document");
    warnings = List.copyOf(warnings);
  }
}
