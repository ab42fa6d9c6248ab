package it.consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import java.util.Map;
import org.rcpmodel.Document;
import org.rcpmodel.validation.Violation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Another team's service: it takes documents that a plain @Valid passes. */
@SpringBootApplication
@RestController
public class ConsumerService {

  public static void main(String[] args) {
    SpringApplication.run(ConsumerService.class, args);
  }

  @PostMapping("/documents")
  public Map<String, Object> accept(@Valid @RequestBody Document document) {
    return Map.of("processes", document.getProcesses().size());
  }

  /** Spring's problem details, with each finding in the library's terms. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ProblemDetail invalid(MethodArgumentNotValidException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "invalid document");
    problem.setProperty("findings", e.getBindingResult().getAllErrors().stream()
        .map(error -> Violation.from(error.unwrap(ConstraintViolation.class)))
        .map(v -> Map.of("code", v.code(), "severity", v.severity().name(), "pointer", v.path(), "message", v.message()))
        .toList());
    return problem;
  }
}
