package org.rcpmodel.examples.spring;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers RFC 9457 problem details ({@code application/problem+json}) in the library's words:
 *
 * <ul>
 *   <li>a body the reader rejects: 400, type {@link #UNREADABLE}, with the reader's {@code code},
 *       {@code pointer}, {@code line} and {@code column}, and the same as the one entry of
 *       {@code findings};
 *   <li>a document {@code @Valid} rejects: 422, type {@link #INVALID}, with {@code findings}, each with
 *       its code, severity, JSON Pointer and message;
 *   <li>anything else Spring MVC rejects: Spring's own problem details.
 * </ul>
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  /** The problem type of a body that is not a readable document. */
  public static final URI UNREADABLE = URI.create("/problems/unreadable-document");
  /** The problem type of a readable document that breaks the rules. */
  public static final URI INVALID = URI.create("/problems/invalid-document");

  /** Creates the advice; Spring does. */
  public ProblemDetailsAdvice() {}

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    RcpJsonException reading = readerError(ex);
    if (reading == null) {
      // No body at all ("Required request body is missing"): the reader's code for empty input.
      ProblemDetail problem = unreadable("The request has no body; expected a JSON object (a document)");
      problem.setProperty("code", "json.malformed");
      problem.setProperty("pointer", "");
      problem.setProperty("findings", List.of(new Finding("json.malformed", Severity.ERROR, "", problem.getDetail())));
      return problemResponse(problem, HttpStatus.BAD_REQUEST);
    }
    ProblemDetail problem = unreadable(reading.getDetail());
    problem.setProperty("code", reading.getCode());
    problem.setProperty("pointer", reading.getPointer());
    problem.setProperty("line", reading.getLine());
    problem.setProperty("column", reading.getColumn());
    problem.setProperty("findings", List.of(Finding.of(reading)));
    return problemResponse(problem, HttpStatus.BAD_REQUEST);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Finding> findings = new ArrayList<>();
    for (ObjectError error : ex.getBindingResult().getAllErrors()) {
      findings.add(error.contains(ConstraintViolation.class)
          ? Finding.of(Violation.from(error.unwrap(ConstraintViolation.class)))
          : new Finding("field.invalid", Severity.ERROR, "", String.valueOf(error.getDefaultMessage())));
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        findings.size() == 1 ? "1 finding" : findings.size() + " findings");
    problem.setType(INVALID);
    problem.setTitle("Invalid document");
    problem.setProperty("findings", findings);
    return problemResponse(problem, HttpStatus.UNPROCESSABLE_CONTENT);
  }

  private static ProblemDetail unreadable(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(UNREADABLE);
    problem.setTitle("Unreadable document");
    return problem;
  }

  private static ResponseEntity<Object> problemResponse(ProblemDetail problem, HttpStatus status) {
    return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static RcpJsonException readerError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RcpJsonException reading) {
        return reading;
      }
    }
    return null;
  }
}
