package it.consumer;

import com.fasterxml.jackson.databind.Module;
import org.rcpmodel.Document;
import org.rcpmodel.jackson2.RcpJackson2Module;
import org.rcpmodel.jackson2.RcpJsonMappingException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Another team's Spring Boot 3 service: Boot's Jackson 2 mapper reads and writes documents. */
@SpringBootApplication
@RestController
public class Boot3Service {

  public static void main(String[] args) {
    SpringApplication.run(Boot3Service.class, args);
  }

  /** Boot 3 registers Module beans with its mapper. */
  @Bean
  Module rcpJackson2Module() {
    return new RcpJackson2Module();
  }

  /** Echoes the document as Boot's mapper writes it. */
  @PostMapping("/documents")
  public Document echo(@RequestBody Document document) {
    return document;
  }

  /** The reader's code and pointer, from the mapper's typed error. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "unreadable document");
    if (e.getCause() instanceof RcpJsonMappingException mapped) {
      problem.setProperty("code", mapped.getCode());
      problem.setProperty("pointer", mapped.getPointer());
      problem.setProperty("line", mapped.getLine());
      problem.setProperty("column", mapped.getColumn());
    }
    return problem;
  }

}
