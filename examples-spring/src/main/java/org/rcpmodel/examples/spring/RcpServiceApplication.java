package org.rcpmodel.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 service that reads rcp-model documents with rcp-json and validates them, answering
 * RFC 9457 problem details ({@code application/problem+json}) for documents it cannot read or accept.
 *
 * <p>Run: {@code java -jar examples-spring/target/rcp-service.jar} (listens on 127.0.0.1:8080), then
 * {@code curl -H 'Content-Type: application/json' --data-binary @almaty-process.json
 * http://127.0.0.1:8080/documents/validate}.
 */
@SpringBootApplication
public class RcpServiceApplication {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(RcpServiceApplication.class, args);
  }
}
