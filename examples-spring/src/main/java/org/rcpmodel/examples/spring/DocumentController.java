package org.rcpmodel.examples.spring;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.rcpmodel.Document;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's two endpoints: one that answers the full validation report of any readable document,
 * and one that accepts a document only when Bean Validation ({@code @Valid}) finds nothing wrong.
 * Documents that cannot be read, or are not accepted, are answered by {@link ProblemDetailsAdvice}.
 */
@RestController
@RequestMapping(path = "/documents", produces = MediaType.APPLICATION_JSON_VALUE)
public class DocumentController {

  /**
   * Validates a document with {@link RcpValidator} and answers every finding, ERRORs, WARNINGs and
   * INFOs, in the request's language ({@code Accept-Language: ru} for Russian).
   *
   * @param document the request body, read by rcp-json
   * @param locale the request's locale
   * @return the full report; 200 whether or not the document is valid
   */
  @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
  public DocumentReport validate(@RequestBody Document document, Locale locale) {
    return DocumentReport.of(RcpValidator.validate(document, locale));
  }

  /**
   * Accepts a document that a plain {@code @Valid} passes. Bean Validation's default group holds
   * the ERRORs; what it lets through may still carry WARNINGs and INFOs, which the answer lists.
   *
   * @param document the request body, read by rcp-json and validated before this method runs
   * @param locale the request's locale
   * @return what was accepted and the findings below ERROR
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public Accepted accept(@Valid @RequestBody Document document, Locale locale) {
    ValidationReport report = RcpValidator.validate(document, locale);
    return new Accepted(document.getTitle().orElse(""), document.getProcesses().size(),
        report.violations().stream().filter(v -> v.severity() != Severity.ERROR).map(Finding::of).toList());
  }

  /**
   * The answer to an accepted document. Immutable.
   *
   * @param title the document's title, or empty
   * @param processes how many processes it records
   * @param findings its WARNINGs and INFOs
   */
  public record Accepted(String title, int processes, List<Finding> findings) {}
}
