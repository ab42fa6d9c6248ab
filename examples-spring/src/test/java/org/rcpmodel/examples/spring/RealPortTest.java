package org.rcpmodel.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a real port of 127.0.0.1 (application.properties binds the loopback address only),
 * through the JDK's HTTP client: one document of each kind, each request under a time-out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealPortTest {

  @LocalServerPort
  private int port;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final JsonMapper json = JsonMapper.builder().build();

  private HttpResponse<String> post(String path, byte[] body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theServiceOnALoopbackPortValidatesRejectsAndReportsBadJson() throws Exception {
    HttpResponse<String> report = post("/documents/validate", Documents.almaty());
    assertThat(report.statusCode()).isEqualTo(200);
    JsonNode answer = json.readTree(report.body());
    assertThat(answer.get("valid").asBoolean()).isTrue();
    assertThat(answer.get("findings").size()).isPositive();

    HttpResponse<String> rejected = post("/documents", Documents.BROKEN.getBytes());
    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json.readTree(rejected.body());
    assertThat(problem.get("findings").get(0).get("code").asString()).isEqualTo("chair.not-member");
    assertThat(problem.get("findings").get(0).get("severity").asString()).isEqualTo("ERROR");
    assertThat(problem.get("findings").get(0).get("pointer").asString()).isEqualTo("/processes/0/chairs/1/chairs/0");

    HttpResponse<String> unreadable = post("/documents/validate", Documents.MALFORMED.getBytes());
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(unreadable.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode bad = json.readTree(unreadable.body());
    assertThat(bad.get("code").asString()).isEqualTo("json.malformed");
    assertThat(bad.get("pointer").asString()).isEqualTo("/processes/0/kind");
  }
}
