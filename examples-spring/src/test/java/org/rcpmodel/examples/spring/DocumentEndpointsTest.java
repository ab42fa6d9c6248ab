package org.rcpmodel.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's endpoints through MockMvc: full reports, problem details, the reader's errors. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentEndpointsTest {

  @Autowired
  private MockMvc mvc;

  @Autowired
  private Validator validator;

  private final JsonMapper json = JsonMapper.builder().build();

  private MvcResult send(String path, byte[] body, String language) throws Exception {
    var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return mvc.perform(request).andReturn();
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsByteArray());
  }

  /** The findings of an answer as (code, severity, pointer, message) maps, in order. */
  private static List<Map<String, String>> findings(JsonNode answer) {
    List<Map<String, String>> out = new ArrayList<>();
    for (JsonNode f : answer.get("findings")) {
      out.add(Map.of("code", f.get("code").asString(), "severity", f.get("severity").asString(),
          "pointer", f.get("pointer").asString(), "message", f.get("message").asString()));
    }
    return out;
  }

  private static List<Map<String, String>> expected(List<Violation> violations) {
    return violations.stream().map(v -> Map.of("code", v.code(), "severity", v.severity().name(), "pointer",
        v.path(), "message", v.message())).toList();
  }

  private static Document read(byte[] bytes) {
    return RcpJson.strict().read(new ByteArrayInputStream(bytes)).document();
  }

  @Test
  void validateAnswersTheFullReportOfTheAlmatyDocument() throws Exception {
    MvcResult result = send("/documents/validate", Documents.almaty(), null);

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    JsonNode answer = body(result);
    var report = RcpValidator.validate(read(Documents.almaty()));
    assertThat(answer.get("valid").asBoolean()).isTrue();
    assertThat(answer.get("warnings").asInt()).isEqualTo(report.warnings().size()).isPositive();
    assertThat(answer.get("errors").asInt()).isZero();
    assertThat(findings(answer)).isEqualTo(expected(report.violations()));
  }

  @Test
  void validateListsAnErrorWithItsCodeSeverityPointerAndMessage() throws Exception {
    JsonNode answer = body(send("/documents/validate", Documents.BROKEN.getBytes(), null));

    assertThat(answer.get("valid").asBoolean()).isFalse();
    assertThat(findings(answer)).anySatisfy(f -> {
      assertThat(f).containsEntry("code", "chair.not-member").containsEntry("severity", "ERROR")
          .containsEntry("pointer", "/processes/0/chairs/1/chairs/0");
      assertThat(f.get("message")).contains("FRA");
    });
    assertThat(findings(answer)).isEqualTo(expected(RcpValidator.validate(read(Documents.BROKEN.getBytes())).violations()));
  }

  @Test
  void validateAnswersInTheRequestsLanguage() throws Exception {
    JsonNode english = body(send("/documents/validate", Documents.BROKEN.getBytes(), "en"));
    JsonNode russian = body(send("/documents/validate", Documents.BROKEN.getBytes(), "ru"));
    assertThat(findings(russian)).extracting(f -> f.get("code")).isEqualTo(findings(english).stream().map(f -> f.get("code")).toList());
    assertThat(findings(russian).get(0).get("message")).isNotEqualTo(findings(english).get(0).get("message"))
        .containsPattern("\\p{IsCyrillic}");
  }

  @Test
  void badJsonAnswers400WithTheReadersCodePointerLineAndColumnOnBothEndpoints() throws Exception {
    RcpJsonException reader = org.assertj.core.api.Assertions.catchThrowableOfType(RcpJsonException.class,
        () -> RcpJson.strict().read(new ByteArrayInputStream(Documents.MALFORMED.getBytes())));
    for (String path : List.of("/documents/validate", "/documents")) {
      MvcResult result = send(path, Documents.MALFORMED.getBytes(), null);

      assertThat(result.getResponse().getStatus()).as(path).isEqualTo(400);
      assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      JsonNode problem = body(result);
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("type").asString()).isEqualTo("/problems/unreadable-document");
      assertThat(problem.get("code").asString()).isEqualTo("json.malformed").isEqualTo(reader.getCode());
      assertThat(problem.get("pointer").asString()).isEqualTo("/processes/0/kind").isEqualTo(reader.getPointer());
      assertThat(problem.get("line").asInt()).isEqualTo(reader.getLine());
      assertThat(problem.get("column").asInt()).isEqualTo(reader.getColumn());
      assertThat(problem.get("detail").asString()).isEqualTo(reader.getDetail());
      assertThat(findings(problem)).containsExactly(Map.of("code", "json.malformed", "severity", "ERROR",
          "pointer", "/processes/0/kind", "message", reader.getDetail()));
    }
  }

  @Test
  void anInvalidDateAnswers400WithTheDateCodeAndItsPointer() throws Exception {
    JsonNode problem = body(send("/documents", Documents.BAD_DATE.getBytes(), null));
    assertThat(problem.get("code").asString()).isEqualTo("date.invalid");
    assertThat(problem.get("pointer").asString()).isEqualTo("/processes/0/established");
  }

  @Test
  void anEmptyBodyAnswers400AsEmptyInput() throws Exception {
    MvcResult result = send("/documents", new byte[0], null);
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(body(result).get("code").asString()).isEqualTo("json.malformed");
  }

  @Test
  void validRejectsABrokenDocumentWithProblemDetailsCarryingEachFinding() throws Exception {
    MvcResult result = send("/documents", Documents.BROKEN.getBytes(), null);

    assertThat(result.getResponse().getStatus()).isEqualTo(422);
    assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode problem = body(result);
    assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-document");
    assertThat(problem.get("title").asString()).isEqualTo("Invalid document");
    assertThat(findings(problem)).anySatisfy(f -> assertThat(f).containsEntry("code", "chair.not-member")
        .containsEntry("severity", "ERROR").containsEntry("pointer", "/processes/0/chairs/1/chairs/0"));
    // Exactly what Bean Validation's default group reports, each in the library's terms.
    List<Violation> beanValidation = validator.validate(read(Documents.BROKEN.getBytes())).stream()
        .map(Violation::from).toList();
    assertThat(findings(problem)).containsExactlyInAnyOrderElementsOf(expected(beanValidation));
  }

  @Test
  void validAcceptsTheAlmatyDocumentWhichHasWarningsButNoError() throws Exception {
    // Bean Validation's default group holds only the ERRORs; the WARNINGs and INFOs are in Warnings.
    Document almaty = read(Documents.almaty());
    assertThat(validator.validate(almaty)).isEmpty();
    assertThat(validator.validate(almaty, org.rcpmodel.validation.Warnings.class)).isNotEmpty();

    MvcResult result = send("/documents", Documents.almaty(), null);

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    JsonNode accepted = body(result);
    assertThat(accepted.get("processes").asInt()).isEqualTo(1);
    assertThat(accepted.get("title").asString()).isEqualTo(almaty.getTitle().orElse(""));
    // What @Valid let through is still told: every WARNING and INFO, with code, severity, pointer and message.
    assertThat(findings(accepted)).isEqualTo(expected(RcpValidator.validate(almaty).violations())).isNotEmpty();
  }
}
