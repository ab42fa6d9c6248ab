package it.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rcpmodel.json.RcpJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ConsumerServiceTest {

  @Autowired
  private MockMvc mvc;

  @Autowired
  private Validator validator;

  private final JsonMapper json = JsonMapper.builder().build();

  private MvcResult send(byte[] body) throws Exception {
    return mvc.perform(post("/documents").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
  }

  @Test
  void validAcceptsTheAlmatyDocument() throws Exception {
    byte[] almaty = Files.readAllBytes(Path.of(System.getProperty("almaty.document")));
    MvcResult result = send(almaty);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(json.readTree(result.getResponse().getContentAsByteArray()).get("processes").asInt()).isEqualTo(1);
    // It has WARNINGs and INFOs, which a plain @Valid leaves to the Warnings group.
    var document = RcpJson.strict().read(new String(almaty, "UTF-8")).document();
    assertThat(validator.validate(document)).isEmpty();
    assertThat(validator.validate(document, org.rcpmodel.validation.Warnings.class)).isNotEmpty();
  }

  @Test
  void validRejectsABrokenDocumentWithProblemDetailsCarryingCodeSeverityPointerAndMessage() throws Exception {
    String broken = """
        {"schemaVersion": "1.0", "processes": [{"id": "almaty-process", "name": "Almaty Process", "kind": "RCP",
          "participations": [{"participant": {"state": "KAZ"}, "role": "MEMBER", "period": "2013-06/.."},
                             {"participant": {"state": "FRA"}, "role": "OBSERVER", "period": "2015/.."}],
          "chairs": [{"chairs": [{"state": "KAZ"}], "period": "2013-06/2016"},
                     {"chairs": [{"state": "FRA"}], "period": "2016/2018"}]}]}
        """;
    MvcResult result = send(broken.getBytes("UTF-8"));

    assertThat(result.getResponse().getStatus()).isEqualTo(422);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("findings")).anySatisfy(f -> {
      assertThat(f.get("code").asString()).isEqualTo("chair.not-member");
      assertThat(f.get("severity").asString()).isEqualTo("ERROR");
      assertThat(f.get("pointer").asString()).isEqualTo("/processes/0/chairs/1/chairs/0");
      assertThat(f.get("message").asString()).contains("FRA");
    });
  }

  @Test
  void aDocumentBootsMapperCannotReadAnswers400() throws Exception {
    MvcResult result = mvc.perform(post("/documents").contentType(MediaType.APPLICATION_JSON)
        .content("{\"schemaVersion\": \"1.0\", \"asOf\": \"2025-13\"}")).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
  }
}
